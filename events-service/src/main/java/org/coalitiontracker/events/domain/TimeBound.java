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

    /**
     * As a lower bound ({@code from}), as {@link EventService#list}'s query tests it: a date with
     * the start day; an instant with {@code startsAt}, or, for an event without one, the instant's
     * day in the event's time zone with the start day.
     */
    boolean isAtOrBeforeStartOf(EventListing event) {
        if (date != null) {
            return !event.startsBy().isBefore(date);
        }
        return event.startsAt() != null ? !event.startsAt().isBefore(instant) : !event.startsBy().isBefore(event.localDayOf(instant));
    }

    /** As an upper bound ({@code to}), the same comparisons the other way. */
    boolean isAtOrAfterStartOf(EventListing event) {
        if (date != null) {
            return !event.startsBy().isAfter(date);
        }
        return event.startsAt() != null ? !event.startsAt().isAfter(instant) : !event.startsBy().isAfter(event.localDayOf(instant));
    }
}
