package org.coalitiontracker.kit.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The claims of one field and what the record's value is on them, by the one rule
 * (docs/api-decisions.md, "Claims"): deprecated claims never count; a preferred claim gives the
 * value; else the counting claims' one value, if they agree; else the field is disputed and its
 * value is the one most sources give (a tie goes to the value claimed first).
 *
 * @param field  the field claimed
 * @param claims its claims, in the record's order
 * @param values the claimed values as stored (normalised), in the order first claimed
 */
public record FieldClaims(String field, List<Claim> claims, List<JsonNode> values) {

    /** The claims of each field, by field, in the order each field is first claimed. */
    public static List<FieldClaims> of(List<Claim> claims) {
        Map<String, List<Claim>> byField = new LinkedHashMap<>();
        for (Claim claim : claims) {
            byField.computeIfAbsent(claim.field(), f -> new ArrayList<>()).add(claim);
        }
        return byField.entrySet().stream().map(entry -> {
            List<JsonNode> values = new ArrayList<>();
            entry.getValue().forEach(claim -> {
                if (!values.contains(claim.value())) {
                    values.add(claim.value());
                }
            });
            return new FieldClaims(entry.getKey(), List.copyOf(entry.getValue()), List.copyOf(values));
        }).toList();
    }

    /** The value the record gives the field on these claims; empty when no claim counts. */
    public Optional<JsonNode> value() {
        Optional<Claim> preferred = claims.stream().filter(claim -> claim.rank() == Rank.PREFERRED).findFirst();
        if (preferred.isPresent()) {
            return preferred.map(Claim::value);
        }
        JsonNode best = null;
        int bestSources = -1;
        for (JsonNode value : values) {
            Set<String> sources = new HashSet<>();
            claims.stream().filter(claim -> claim.counts() && claim.value().equals(value))
                    .forEach(claim -> claim.sources().forEach(source -> sources.add(source.identity())));
            boolean counted = claims.stream().anyMatch(claim -> claim.counts() && claim.value().equals(value));
            if (counted && sources.size() > bestSources) {
                best = value;
                bestSources = sources.size();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the counting claims give two or more values and none is preferred: the record says so in {@code disputedFields}. */
    public boolean disputed() {
        return !hasPreferred() && countingValues() > 1;
    }

    /** Whether it is a dispute at all: two or more values claimed, or a claim deprecated. */
    public boolean contested() {
        return values.size() > 1 || claims.stream().anyMatch(claim -> !claim.counts());
    }

    /** Whether a contested field is settled: a claim preferred, or every value but one (or every value) deprecated. */
    public boolean settled() {
        return hasPreferred() || countingValues() <= 1;
    }

    private boolean hasPreferred() {
        return claims.stream().anyMatch(claim -> claim.rank() == Rank.PREFERRED);
    }

    private long countingValues() {
        return values.stream().filter(value -> claims.stream().anyMatch(claim -> claim.counts() && claim.value().equals(value))).count();
    }
}
