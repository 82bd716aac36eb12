package org.coalitiontracker.commitments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a list or a summary of commitments asks for. {@code asOf} asks about the world on a day
 * (each commitment's status then); {@code knownAt} about the record at an instant (the versions
 * then current, deleted commitments included if not yet deleted). Both may be given.
 */
public record CommitmentFilter(
        Optional<String> country,
        Optional<String> coalition,
        Optional<CommitmentCategory> category,
        /** Any of these statuses; empty, any status. */
        Set<CommitmentStatus> status,
        Optional<CommitmentCondition> condition,
        Optional<String> stationedIn,
        Optional<UUID> event,
        Optional<LocalDate> asOf,
        Optional<Instant> knownAt,
        Optional<Boolean> includeWithdrawn,
        Optional<Instant> updatedSince) {

    /**
     * Whether WITHDRAWN commitments are left out, given what the question leaves out by default.
     * An explicit status filter decides by itself.
     */
    boolean leavesOutWithdrawn(boolean byDefault) {
        return status.isEmpty() && !includeWithdrawn.orElse(!byDefault);
    }
}
