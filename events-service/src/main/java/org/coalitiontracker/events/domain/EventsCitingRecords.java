package org.coalitiontracker.events.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.kit.claims.CitingRecords;

/**
 * The events and their participants as {@code /disputes} and {@code /sources} read them:
 * {@code /disputes} only the events that carry claims, through the partial index of V7__claims.sql
 * (the same predicate, so that the planner can use it); {@code /sources} every row.
 */
final class EventsCitingRecords {

    private static final String WITH_CLAIMS = "claims <> cast('[]' as jsonb)";

    private EventsCitingRecords() {
    }

    private static String where(String claims, Optional<String> coalition, boolean withClaimsOnly) {
        return String.join(" and ", withClaimsOnly ? claims : "true", coalition.isPresent() ? "e.coalition_id = :coalition" : "true");
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(String sql, Class<T> type, Optional<String> coalition) {
        var query = Event.getEntityManager().createNativeQuery(sql, type);
        coalition.ifPresent(id -> query.setParameter("coalition", id));
        return query.getResultList();
    }

    @ApplicationScoped
    static class Events implements CitingRecords {

        @Override
        public String recordType() {
            return "event";
        }

        @Override
        public Stream<CitingRecord> records(Optional<String> coalition, boolean withClaimsOnly) {
            List<Event> found = list("select e.* from event e where " + where("e." + WITH_CLAIMS, coalition, withClaimsOnly), Event.class, coalition);
            return found.stream().map(event -> new CitingRecord(recordType(), event.id.toString(), "/events/" + event.id,
                    Optional.ofNullable(event.coalitionId), event.sources, event.claims));
        }
    }

    @ApplicationScoped
    static class Participants implements CitingRecords {

        @Override
        public String recordType() {
            return "participant";
        }

        @Override
        public Stream<CitingRecord> records(Optional<String> coalition, boolean withClaimsOnly) {
            // The event comes with each participant (its coalition); the claims are tested here, as a
            // participant's few rows per event make a partial index of no use.
            List<Participant> found = coalition
                    .map(id -> Participant.<Participant>list("from Participant p join fetch p.event e where e.coalitionId = ?1", id))
                    .orElseGet(() -> Participant.<Participant>list("from Participant p join fetch p.event e"));
            return found.stream().filter(p -> !withClaimsOnly || !p.claims.isEmpty()).map(p -> new CitingRecord(recordType(),
                    p.id.eventId + "/" + p.countryCode(), "/events/" + p.id.eventId + "/participants/" + p.countryCode(),
                    Optional.ofNullable(p.event.coalitionId), p.sources, p.claims));
        }
    }
}
