package org.coalitiontracker.kit.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.panache.common.Parameters;

/**
 * Builds the {@code where} part of a Panache query from optional filters, so that a list
 * endpoint states each filter once, with named parameters and no string concatenation of values.
 */
public final class Filters {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> values = new HashMap<>();

    /** Adds {@code clause} (which uses {@code :name}) when the value is present. */
    public <T> Filters and(String clause, String name, Optional<T> value) {
        value.ifPresent(v -> {
            clauses.add(clause);
            values.put(name, v);
        });
        return this;
    }

    /** Adds a clause without parameters, for example a fixed condition. */
    public Filters and(String clause) {
        clauses.add(clause);
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Parameters parameters() {
        Parameters parameters = new Parameters();
        values.forEach(parameters::and);
        return parameters;
    }
}
