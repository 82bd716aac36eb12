package org.coalitiontracker.commitments.domain;

import java.time.Instant;
import java.util.UUID;

/** A commitment as it stood at one version: now, or at a point of its history. */
public record CommitmentSnapshot(UUID id, long version, Instant createdAt, Instant updatedAt, String updatedBy, CommitmentDetails details) {
}
