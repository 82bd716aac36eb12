package org.coalitiontracker.commitments.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a summary of commitments is grouped by. */
public enum SummaryGrouping {
    COUNTRY("country", "countryCode"),
    CATEGORY("category", "category"),
    STATUS("status", "status"),
    STATIONED_IN("stationedIn", "stationedIn");

    private final String parameterValue;
    private final String property;

    SummaryGrouping(String parameterValue, String property) {
        this.parameterValue = parameterValue;
        this.property = property;
    }

    public static Optional<SummaryGrouping> parse(String value) {
        return Arrays.stream(values()).filter(grouping -> grouping.parameterValue.equalsIgnoreCase(value.trim())).findFirst();
    }

    public static String parameterValues() {
        return Arrays.stream(values()).map(SummaryGrouping::parameterValue).collect(Collectors.joining(", "));
    }

    public String parameterValue() {
        return parameterValue;
    }

    String property() {
        return property;
    }
}
