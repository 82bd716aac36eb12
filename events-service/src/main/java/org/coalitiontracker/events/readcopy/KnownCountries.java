package org.coalitiontracker.events.readcopy;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.events.EventsServiceContract;
import org.coalitiontracker.kit.events.ReadCopies;
import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.problem.ProblemException;

/**
 * The one place that decides whether a country code may be used in an event: it must be
 * well-formed and name a country that countries-service knows. The countries copy answers
 * first; countries-service itself is asked only when the copy lacks the code, so that a copy
 * lagging behind never causes a false 422 (and an unreachable owner is a 503, not a 422).
 */
@ApplicationScoped
public class KnownCountries {

    private static final Pattern ALPHA_2 = Pattern.compile(Identifiers.COUNTRY_CODE_PATTERN);

    private final ReadCopies readCopies;

    public KnownCountries(ReadCopies readCopies) {
        this.readCopies = readCopies;
    }

    /** Returns the code in upper case, or fails with 422 naming {@code field}. */
    public String requireKnown(String field, String code) {
        if (code == null || !ALPHA_2.matcher(code).matches()) {
            throw ProblemException.ruleViolated(field, Identifiers.COUNTRY_CODE_MESSAGE);
        }
        String upper = code.toUpperCase(Locale.ROOT);
        readCopies.confirm(EventsServiceContract.COUNTRIES, upper, "/countries/" + upper, country -> true)
                .orElseThrow(() -> ProblemException.ruleViolated(field, "'" + upper + "' is not an ISO 3166-1 country"));
        return upper;
    }
}
