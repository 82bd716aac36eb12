package org.coalitiontracker.kit.http;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.coalitiontracker.kit.problem.ProblemException;

/**
 * The shapes of the identifiers the suite uses, for Bean Validation and for reading ids from
 * paths. Resources read a path id here; domain services take only ids that have passed.
 */
public final class Identifiers {

    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String SLUG_MESSAGE = "must be lower-case letters and digits separated by single hyphens, such as coalition-of-the-willing";
    public static final int SLUG_MAX_LENGTH = 64;

    public static final String COUNTRY_CODE_PATTERN = "[A-Za-z]{2}";
    public static final String COUNTRY_CODE_MESSAGE = "must be an ISO 3166-1 alpha-2 code such as FR";

    public static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    public static final String UUID_MESSAGE = "must be a UUID such as 3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11";

    // Compiled once: String.matches compiles its pattern on every call, and every GET one passes here.
    private static final Pattern SLUG = Pattern.compile(SLUG_PATTERN);
    private static final Pattern COUNTRY_CODE = Pattern.compile(COUNTRY_CODE_PATTERN);
    private static final Pattern UUID_SHAPE = Pattern.compile(UUID_PATTERN);

    private Identifiers() {
    }

    public static boolean isSlug(String value) {
        return value != null && value.length() <= SLUG_MAX_LENGTH && SLUG.matcher(value).matches();
    }

    public static boolean isUuid(String value) {
        return value != null && UUID_SHAPE.matcher(value).matches();
    }

    public static boolean isCountryCode(String value) {
        return value != null && COUNTRY_CODE.matcher(value).matches();
    }

    /**
     * A UUID from a path. Text that is not one names no {@code noun}, so it is a 404 like any
     * unknown id (checked by pattern first: {@code UUID.fromString} also takes {@code 1-1-1-1-1}).
     */
    public static UUID uuidOrNotFound(String raw, String noun) {
        if (!isUuid(raw)) {
            throw notFound(noun, raw);
        }
        return UUID.fromString(raw);
    }

    /** A slug from a path; anything else names no {@code noun}: 404 (and is never sent to the database). */
    public static String slugOrNotFound(String raw, String noun) {
        if (!isSlug(raw)) {
            throw notFound(noun, raw);
        }
        return raw;
    }

    /** An ISO 3166-1 alpha-2 code from a path, in any case, returned in upper case; anything else: 404. */
    public static String countryCodeOrNotFound(String raw, String noun) {
        if (!isCountryCode(raw)) {
            throw notFound(noun, raw);
        }
        return upperCase(raw);
    }

    /** A country code as stored: upper case ({@code null} stays {@code null}, for optional fields). */
    public static String upperCase(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    private static ProblemException notFound(String noun, String raw) {
        return ProblemException.notFound("There is no " + noun + " '" + raw + "'.");
    }
}
