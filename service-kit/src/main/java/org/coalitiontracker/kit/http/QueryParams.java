package org.coalitiontracker.kit.http;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.coalitiontracker.kit.json.StorableValues;
import org.coalitiontracker.kit.problem.ProblemException;

/**
 * Reads query parameters that the resources take as plain strings. JAX-RS would answer a value
 * it cannot convert with a bare 404; parsing here gives the client a 400 that names the
 * parameter and the values it accepts.
 */
public final class QueryParams {

    public static final String UPDATED_SINCE_DESCRIPTION = "Only records created or changed at or after this instant "
            + "(ISO 8601 with offset, such as `2025-09-04T11:00:00+02:00`) or date (`2025-09-04`, from its start in UTC): "
            + "the way for an application to sync incrementally.";

    /** What {@code asOf} means wherever it is taken; a service adds what it answers with it. */
    public static final String AS_OF_DESCRIPTION = "Answer about the world as it stood on this day (world time), such as `2025-09-04`. "
            + "A fact dated with a month or a year counts from the last day of that period, the earliest day the sources support, so that "
            + "the answer never claims more than they say; a fact without a date counts for no day. Without it, the latest the record "
            + "knows. Combines with `knownAt`. See docs/api-decisions.md, \"Two kinds of time\".";

    public static final String COUNTRY_CODE_PATTERN = "[A-Za-z]{2}";
    private static final Pattern COUNTRY_CODE = Pattern.compile(COUNTRY_CODE_PATTERN);

    private QueryParams() {
    }

    /** Matches enum constants ignoring case, so {@code role=lead} works like {@code role=LEAD}. */
    public static <E extends Enum<E>> Optional<E> enumValue(String name, String raw, Class<E> type) {
        if (isAbsent(raw)) {
            return Optional.empty();
        }
        String wanted = raw.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return Optional.of(constant);
            }
        }
        throw ProblemException.invalidParameter(name, "'" + raw + "' is not one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /**
     * A filter that takes several values, as the parameter repeated ({@code status=PLEDGED&status=CONFIRMED}):
     * any of them matches; none given, the filter is off.
     */
    public static <E extends Enum<E>> Set<E> enumValues(String name, List<String> raw, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (raw != null) {
            raw.forEach(value -> enumValue(name, value, type).ifPresent(values::add));
        }
        return values;
    }

    public static Optional<LocalDate> date(String name, String raw) {
        if (isAbsent(raw)) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "'" + raw + "' is not a date such as 2025-09-04");
        }
        if (!StorableValues.isStorable(date)) {
            throw ProblemException.invalidParameter(name, StorableValues.DATE_MESSAGE);
        }
        return Optional.of(date);
    }

    /**
     * {@code knownAt}: an instant with offset, or a date meaning the end of that day in UTC (what
     * the record held once the day was over). The answer is the record as it stood at that instant.
     */
    public static Optional<Instant> knownAt(String name, String raw) {
        Optional<Instant> instant = instantOrDate(name, raw);
        boolean isDay = instant.isPresent() && raw.strip().length() == 10;
        return isDay ? instant.map(start -> start.plus(Duration.ofDays(1)).minusNanos(1000)) : instant;
    }

    /** An instant with offset, or a date meaning the start of that day in UTC. */
    public static Optional<Instant> instantOrDate(String name, String raw) {
        if (isAbsent(raw)) {
            return Optional.empty();
        }
        String value = raw.strip();
        Instant instant;
        try {
            instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name,
                    "'" + raw + "' is not a date (2025-09-04) or a date-time with offset (2025-09-04T11:00:00+02:00)");
        }
        if (!StorableValues.isStorable(instant)) {
            throw ProblemException.invalidParameter(name, StorableValues.DATE_MESSAGE);
        }
        return Optional.of(instant);
    }

    public static Optional<Integer> integer(String name, String raw, int min, int max) {
        if (isAbsent(raw)) {
            return Optional.empty();
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value < min || value > max) {
                throw ProblemException.invalidParameter(name, "must be between " + min + " and " + max);
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "'" + raw + "' is not a whole number");
        }
    }

    /** A two-letter country code, in any case, returned in upper case. */
    public static Optional<String> countryCode(String name, String raw) {
        if (isAbsent(raw)) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (!COUNTRY_CODE.matcher(value).matches()) {
            throw ProblemException.invalidParameter(name, "'" + raw + "' is not an ISO 3166-1 alpha-2 code such as FR");
        }
        return Optional.of(value.toUpperCase(Locale.ROOT));
    }

    public static Optional<Boolean> bool(String name, String raw) {
        if (isAbsent(raw)) {
            return Optional.empty();
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw ProblemException.invalidParameter(name, "'" + raw + "' is not true or false");
        };
    }

    public static Optional<String> slug(String name, String raw) {
        Optional<String> value = text(name, raw, Identifiers.SLUG_MAX_LENGTH);
        if (value.isPresent() && !Identifiers.isSlug(value.get())) {
            throw ProblemException.invalidParameter(name, "'" + raw + "' " + Identifiers.SLUG_MESSAGE);
        }
        return value;
    }

    public static Optional<UUID> uuid(String name, String raw) {
        Optional<String> value = text(name, raw, 36);
        if (value.isPresent() && !Identifiers.isUuid(value.get())) {
            throw ProblemException.invalidParameter(name, "'" + raw + "' " + Identifiers.UUID_MESSAGE);
        }
        return value.map(UUID::fromString);
    }

    /** Free text, trimmed; over-long values are refused rather than sent to the database. */
    public static Optional<String> text(String name, String raw, int maxLength) {
        if (isAbsent(raw)) {
            return Optional.empty();
        }
        String value = raw.strip();
        if (!StorableValues.isStorable(value)) {
            throw ProblemException.invalidParameter(name, StorableValues.TEXT_MESSAGE);
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalidParameter(name, "must be at most " + maxLength + " characters");
        }
        return Optional.of(value);
    }

    private static boolean isAbsent(String raw) {
        return raw == null || raw.isBlank();
    }
}
