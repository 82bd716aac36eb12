package org.coalitiontracker.kit.history;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One version of an aggregate as the record holds it: what its state was from {@code recordedAt}
 * until the next version (or now), who recorded it, and which of its fields that version changed.
 * A deletion is a version with no state.
 */
public record RecordedVersion(
        long version,
        Operation operation,
        Instant recordedAt,
        Optional<String> recordedBy,
        List<String> changedFields,
        Optional<JsonNode> state) {

    public enum Operation {
        /** The first version of the aggregate (or the first after a deletion of its key). */
        CREATED,
        UPDATED,
        /** The aggregate was deleted; the version has no state. */
        DELETED
    }

    public boolean isDeletion() {
        return operation == Operation.DELETED;
    }
}
