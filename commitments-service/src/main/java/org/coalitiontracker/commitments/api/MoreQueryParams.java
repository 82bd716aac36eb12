package org.coalitiontracker.commitments.api;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.coalitiontracker.kit.http.QueryParams;
import org.coalitiontracker.kit.problem.ProblemException;

/**
 * Query-parameter parsers that {@link QueryParams} does not have (yet), each answering 400
 * naming the parameter: candidates for the kit.
 */
final class MoreQueryParams {

    private MoreQueryParams() {
    }

    static Optional<Boolean> bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw ProblemException.invalidParameter(name, "'" + raw + "' is not true or false");
        };
    }

    static Optional<String> slug(String name, String raw) {
        Optional<String> value = QueryParams.text(name, raw, Slug.MAX_LENGTH);
        if (value.isPresent() && !value.get().matches(Slug.PATTERN)) {
            throw ProblemException.invalidParameter(name, "'" + raw + "' " + Slug.MESSAGE);
        }
        return value;
    }

    static Optional<UUID> uuid(String name, String raw) {
        Optional<String> value = QueryParams.text(name, raw, 36);
        if (value.isPresent() && !value.get().matches(CommitmentIds.PATTERN)) {
            throw ProblemException.invalidParameter(name, "'" + raw + "' is not a UUID such as 3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11");
        }
        return value.map(UUID::fromString);
    }
}
