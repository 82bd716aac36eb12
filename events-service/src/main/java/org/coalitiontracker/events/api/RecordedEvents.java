package org.coalitiontracker.events.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.events.EventsServiceContract;
import org.coalitiontracker.events.domain.EventFilter;
import org.coalitiontracker.events.domain.EventListing;
import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.history.RecordedVersion;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Events as the record held them at an instant ({@code knownAt}), read from the record's history:
 * each is the state its change event published, which is the view less what the read copies add
 * (the participants' {@code member}).
 */
@ApplicationScoped
class RecordedEvents {

    static final String KNOWN_AT = "knownAt";
    static final String RECORDED_STATE = "what its change event published: every field of the event and of its "
            + "participants, but not the participants' `member`, which is not part of the event but looked up in this service's "
            + "copy of the memberships when it is shown";

    private record Listed(EventView view, EventListing listing) {
    }

    private final HistoryResponses history;
    private final ObjectMapper mapper;

    RecordedEvents(HistoryResponses history, ObjectMapper mapper) {
        this.history = history;
        this.mapper = mapper;
    }

    /** The version of the event the record held at {@code at}; 404 if it held none then (not yet created, or deleted). */
    RecordedVersion version(UUID id, Instant at) {
        return history.versionKnownAt(EventsServiceContract.EVENTS, id.toString(), at, "event");
    }

    EventView view(RecordedVersion recorded) {
        return mapper.convertValue(recorded.state().orElseThrow(), EventView.class);
    }

    /**
     * Every event the record held at {@code filter.knownAt()}, each in its version then, filtered
     * and sorted as the database query filters and sorts the present ones ({@link EventListing}).
     */
    List<EventView> list(EventFilter filter) {
        return history.allKnownAt(EventsServiceContract.EVENTS, "", filter.knownAt().orElseThrow()).stream()
                .map(this::view)
                .map(view -> new Listed(view, view.listing()))
                .filter(listed -> filter.matches(listed.listing()))
                .sorted(Comparator.comparing(Listed::listing, EventListing.ORDER))
                .map(Listed::view)
                .toList();
    }
}
