package org.coalitiontracker.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One end of a time range on an event's start: either a calendar date, compared with the date
 * the event starts on in its own time zone, or an exact instant.
 */
public record TimeBound(LocalDate date, Instant instant) {

    public static TimeBound onDate(LocalDate date) {
        return new TimeBound(date, null);
    }

    public static TimeBound atInstant(Instant instant) {
        return new TimeBound(null, instant);
    }

    Optional<LocalDate> asDate() {
        return Optional.ofNullable(date);
    }

    Optional<Instant> asInstant() {
        return Optional.ofNullable(instant);
    }
}
