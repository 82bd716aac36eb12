package org.coalitiontracker.events.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.problem.ProblemException;

/**
 * The one place that decides whether a country code may be used in an event. Today it checks
 * that the code is well-formed; once events-service keeps a read copy of the countries, it
 * checks the code against that copy here.
 */
@ApplicationScoped
public class CountryCodes {

    private static final Pattern ALPHA_2 = Pattern.compile(Identifiers.COUNTRY_CODE_PATTERN);

    /** Returns the code in upper case, or fails with 422 naming {@code field}. */
    public String requireKnown(String field, String code) {
        if (code == null || !ALPHA_2.matcher(code).matches()) {
            throw ProblemException.ruleViolated(field, Identifiers.COUNTRY_CODE_MESSAGE);
        }
        return code.toUpperCase(Locale.ROOT);
    }
}
