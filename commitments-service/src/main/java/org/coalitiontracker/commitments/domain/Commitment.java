package org.coalitiontracker.commitments.domain;

import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.coalitiontracker.kit.persistence.VersionedEntity;

/** A country's commitment to a coalition, as it stands now; its past versions are {@link CommitmentVersion}s. */
@Entity
public class Commitment extends VersionedEntity {

    @Id
    public UUID id;

    @Embedded
    public CommitmentState state;

    public CommitmentSnapshot snapshot() {
        return new CommitmentSnapshot(id, version, createdAt, updatedAt, updatedBy, state.details());
    }
}
