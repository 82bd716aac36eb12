package org.coalitiontracker.events.domain;

import java.time.Instant;
import java.util.Optional;

/** The optional filters of the event list; every present one must hold. */
public record EventFilter(Optional<TimeBound> from, Optional<TimeBound> to, Optional<EventKind> kind, Optional<EventFormat> format,
        Optional<EventStatus> status, Optional<String> country, Optional<String> coalition, Optional<String> text,
        Optional<Instant> updatedSince) {
}
