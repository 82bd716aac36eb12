package org.coalitiontracker.events.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The optional filters of an event's participant list; every present one must hold.
 * {@code knownAt} is not a filter but the record's time the list answers from.
 */
public record ParticipantFilter(Optional<Instant> updatedSince, Optional<Instant> knownAt) {

    /** Whether a participant last changed at {@code updatedAt} passes the filters. */
    public boolean admits(Instant updatedAt) {
        return updatedSince.map(since -> !updatedAt.isBefore(since)).orElse(true);
    }
}
