package org.coalitiontracker.commitments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a list or a summary of commitments asks for. With {@code asOf} the question is about
 * the versions that were current at the end of that day (UTC) rather than about the present.
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
        Optional<Boolean> includeWithdrawn,
        Optional<Instant> updatedSince) {

    /** The first instant after the {@code asOf} day, in UTC. */
    Optional<Instant> asOfEnd() {
        return asOf.map(day -> day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * Whether WITHDRAWN commitments are left out, given what the question leaves out by default.
     * An explicit status filter decides by itself.
     */
    boolean leavesOutWithdrawn(boolean byDefault) {
        return status.isEmpty() && !includeWithdrawn.orElse(!byDefault);
    }
}
