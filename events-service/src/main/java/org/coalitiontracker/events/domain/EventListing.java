package org.coalitiontracker.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;

import org.coalitiontracker.kit.time.PartialDate;

/**
 * What the event list filters and sorts by, for a list answered in Java rather than by the
 * database: the events as the record held them at an instant ({@code knownAt}), which come from
 * the record's history. {@link EventFilter#matches} and {@link #ORDER} are the rules of
 * {@link EventService#list}'s query, written for these values; EventListKnownAtTests checks that
 * both answer alike on the same data.
 */
public record EventListing(UUID id, String title, EventKind kind, EventFormat format, EventStatus status, PartialDate startsOn,
        Instant startsAt, ZoneId timeZone, String locationCountryCode, Set<String> participantCountryCodes, String coalitionId,
        String summary, Instant updatedAt) {

    /**
     * The list's order, as the query's: the start day (a month counts from its last day), then
     * {@code startsAt} with an event known only to the day first, then the title by code point
     * (the query's {@code ucs_basic}), then the id as PostgreSQL orders a uuid (its bytes, unsigned:
     * the order of its text, not {@link UUID#compareTo}, which compares signed halves).
     */
    public static final Comparator<EventListing> ORDER = Comparator.comparing(EventListing::startsBy)
            .thenComparing(EventListing::startsAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(EventListing::title, EventListing::byCodePoint)
            .thenComparing(listing -> listing.id().toString());

    /** The day the start counts from: {@code starts_by} in the database. */
    public LocalDate startsBy() {
        return startsOn.lastDay();
    }

    /** The day {@code instant} falls on where the event takes place (the query's {@code timezone(time_zone, …)}). */
    LocalDate localDayOf(Instant instant) {
        return instant.atZone(timeZone).toLocalDate();
    }

    /** Unicode code point order, which is also UTF-8's byte order ({@link String#compareTo} compares UTF-16 units). */
    private static int byCodePoint(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Boolean.compare(i < left.length(), j < right.length());
    }
}
