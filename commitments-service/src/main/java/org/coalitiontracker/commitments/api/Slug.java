package org.coalitiontracker.commitments.api;

final class Slug {
    static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String MESSAGE = "must be lower-case letters and digits separated by single hyphens, such as coalition-of-the-willing";
    static final int MAX_LENGTH = 64;

    private Slug() {
    }
}
