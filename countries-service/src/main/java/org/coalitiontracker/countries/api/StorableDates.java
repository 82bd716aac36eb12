package org.coalitiontracker.countries.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.coalitiontracker.kit.http.QueryParams;
import org.coalitiontracker.kit.problem.ProblemException;

/**
 * Dates between the years 1 and 9999. Java reads years up to 999,999,999, which PostgreSQL
 * cannot store or compare ("date out of range"); such a value is the client's mistake, not a 500.
 */
final class StorableDates {

    static final String MESSAGE = "must be between 0001-01-01 and 9999-12-31";

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private StorableDates() {
    }

    static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    static Optional<LocalDate> date(String name, String raw) {
        Optional<LocalDate> date = QueryParams.date(name, raw);
        date.filter(d -> !contains(d)).ifPresent(d -> {
            throw ProblemException.invalidParameter(name, MESSAGE);
        });
        return date;
    }

    static Optional<Instant> instantOrDate(String name, String raw) {
        Optional<Instant> instant = QueryParams.instantOrDate(name, raw);
        instant.filter(i -> !contains(LocalDate.ofInstant(i, ZoneOffset.UTC))).ifPresent(i -> {
            throw ProblemException.invalidParameter(name, MESSAGE);
        });
        return instant;
    }
}
