package org.coalitiontracker.commitments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A commitment as it stood at one version: now, or at a point of its history. */
public record CommitmentSnapshot(UUID id, long version, Instant createdAt, Instant updatedAt, String updatedBy, CommitmentDetails details) {

    /** As it stood in the world on {@code day} (the status then in force); empty if its timeline had not begun. */
    public Optional<CommitmentSnapshot> asOf(LocalDate day) {
        return details.asOf(day).map(then -> new CommitmentSnapshot(id, version, createdAt, updatedAt, updatedBy, then));
    }
}
