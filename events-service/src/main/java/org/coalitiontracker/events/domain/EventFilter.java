package org.coalitiontracker.events.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The optional filters of the event list; every present one must hold. {@code knownAt} is not a
 * filter but the record's time the list answers from ({@link EventListing}).
 */
public record EventFilter(Optional<TimeBound> from, Optional<TimeBound> to, Optional<EventKind> kind, Optional<EventFormat> format,
        Optional<EventStatus> status, Optional<String> country, Optional<String> coalition, Optional<String> text,
        Optional<Instant> updatedSince, Optional<Instant> knownAt) {

    /** Whether {@code event} passes every filter, as {@link EventService#list}'s query tests it. */
    public boolean matches(EventListing event) {
        return from.map(bound -> bound.isAtOrBeforeStartOf(event)).orElse(true)
                && to.map(bound -> bound.isAtOrAfterStartOf(event)).orElse(true)
                && kind.map(wanted -> wanted == event.kind()).orElse(true)
                && format.map(wanted -> wanted == event.format()).orElse(true)
                && status.map(wanted -> wanted == event.status()).orElse(true)
                && country.map(code -> code.equals(event.locationCountryCode()) || event.participantCountryCodes().contains(code)).orElse(true)
                && coalition.map(slug -> slug.equals(event.coalitionId())).orElse(true)
                && text.map(wanted -> contains(event.title(), wanted) || contains(event.summary(), wanted)).orElse(true)
                && updatedSince.map(since -> !event.updatedAt().isBefore(since)).orElse(true);
    }

    /** The query's {@code lower(field) like '%text%'}: a null field matches nothing. */
    private static boolean contains(String field, String text) {
        return Objects.nonNull(field) && field.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }
}
