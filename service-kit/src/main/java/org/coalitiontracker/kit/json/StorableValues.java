package org.coalitiontracker.kit.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What PostgreSQL can store as sent. JSON and Java accept more: a NUL character (which a text
 * column refuses), a UTF-16 surrogate without its pair (which the driver would store as
 * {@code ?}), years up to 999,999,999 (out of range for a date column). A client sending such a
 * value gets a 400 naming the field, never a 500 or a silently changed value.
 */
public final class StorableValues {

    public static final String TEXT_MESSAGE = "must not contain the NUL character or an unpaired UTF-16 surrogate";
    public static final String DATE_MESSAGE = "must be between 0001-01-01 and 9999-12-31";

    private static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private StorableValues() {
    }

    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    public static boolean isStorable(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    public static boolean isStorable(Instant instant) {
        return isStorable(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** Whether a value read from JSON can be stored; types other than text and dates always can. */
    static boolean isStorable(Object value) {
        if (value instanceof String text) {
            return isStorable(text);
        }
        if (value instanceof LocalDate date) {
            return isStorable(date);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return isStorable(dateTime.toInstant());
        }
        if (value instanceof Instant instant) {
            return isStorable(instant);
        }
        return true;
    }

    static String messageFor(Object value) {
        return value instanceof String ? TEXT_MESSAGE : DATE_MESSAGE;
    }
}
