package org.coalitiontracker.events.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.kit.claims.CitingRecords;

/**
 * The events as {@code /disputes} and {@code /sources} read them: {@code /disputes} only those that
 * carry claims, through the partial index {@code event_with_claims}; {@code /sources} every event.
 */
@ApplicationScoped
class EventsCitingRecords implements CitingRecords {

    /** The same predicate as the partial index's (V7__claims.sql), so that the planner can use it. */
    private static final String WITH_CLAIMS = "claims <> cast('[]' as jsonb)";

    @Override
    public String recordType() {
        return "event";
    }

    @Override
    @SuppressWarnings("unchecked")
    public Stream<CitingRecord> records(Optional<String> coalition, boolean withClaimsOnly) {
        String where = String.join(" and ", Stream.of(withClaimsOnly ? WITH_CLAIMS : "true",
                coalition.isPresent() ? "coalition_id = :coalition" : "true").toList());
        var query = Event.getEntityManager().createNativeQuery("select * from event where " + where + " order by id", Event.class);
        coalition.ifPresent(id -> query.setParameter("coalition", id));
        List<Event> found = query.getResultList();
        return found.stream().map(event -> new CitingRecord(recordType(), event.id.toString(), "/events/" + event.id,
                Optional.ofNullable(event.coalitionId), event.sources, event.claims));
    }
}
