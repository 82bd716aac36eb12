package org.coalitiontracker.commitments.api;

import java.util.Locale;

final class CountryCodes {
    static final String PATTERN = "[A-Za-z]{2}";
    static final String MESSAGE = "must be an ISO 3166-1 alpha-2 code such as FR";

    private CountryCodes() {
    }

    static String normalise(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
