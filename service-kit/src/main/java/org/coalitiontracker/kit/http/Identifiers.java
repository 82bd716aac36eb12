package org.coalitiontracker.kit.http;

/** The shapes of the identifiers the suite uses, for Bean Validation and query parsing alike. */
public final class Identifiers {

    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String SLUG_MESSAGE = "must be lower-case letters and digits separated by single hyphens, such as coalition-of-the-willing";
    public static final int SLUG_MAX_LENGTH = 64;

    public static final String COUNTRY_CODE_PATTERN = "[A-Za-z]{2}";
    public static final String COUNTRY_CODE_MESSAGE = "must be an ISO 3166-1 alpha-2 code such as FR";

    public static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    public static final String UUID_MESSAGE = "must be a UUID such as 3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11";

    private Identifiers() {
    }

    public static boolean isSlug(String value) {
        return value != null && value.length() <= SLUG_MAX_LENGTH && value.matches(SLUG_PATTERN);
    }

    public static boolean isUuid(String value) {
        return value != null && value.matches(UUID_PATTERN);
    }
}
