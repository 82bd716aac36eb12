package org.coalitiontracker.countries.domain;

import java.util.regex.Pattern;

/** The form of a coalition id: chosen by the client, readable in a URL. */
public final class Slug {
    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String MESSAGE = "must be lower-case letters and digits separated by single hyphens, such as coalition-of-the-willing";
    public static final int MAX_LENGTH = 64;

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Slug() {
    }

    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && COMPILED.matcher(id).matches();
    }
}
