package org.coalitiontracker.commitments.api;

import java.util.Locale;

final class CountryCodes {
    private CountryCodes() {
    }

    static String normalise(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
