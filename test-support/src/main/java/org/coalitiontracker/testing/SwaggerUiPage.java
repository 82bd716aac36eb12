package org.coalitiontracker.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a service's generated Swagger UI page offers in its spec selector. */
public final class SwaggerUiPage {

    /** Every service's page offers these specs, by name, so one page explores the whole suite. */
    public static final Map<String, String> SUITE_SPECS = Map.of(
            "countries-service", "http://localhost:8082/q/openapi",
            "events-service", "http://localhost:8081/q/openapi",
            "commitments-service", "http://localhost:8083/q/openapi");

    private static final Pattern SPEC = Pattern.compile("\\{\\s*url:\\s*\"([^\"]+)\",\\s*name:\\s*\"([^\"]+)\"\\s*}");
    private static final Pattern PRIMARY = Pattern.compile("primaryName\"?\\s*:\\s*['\"]([^'\"]+)['\"]");

    private SwaggerUiPage() {
    }

    /** The selector's entries, name to spec address. */
    public static Map<String, String> specs(String page) {
        Map<String, String> specs = new LinkedHashMap<>();
        Matcher matcher = SPEC.matcher(page);
        while (matcher.find()) {
            specs.put(matcher.group(2), matcher.group(1));
        }
        return specs;
    }

    /** The spec the page opens with. */
    public static Optional<String> primary(String page) {
        Matcher matcher = PRIMARY.matcher(page);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
