package org.coalitiontracker.commitments.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One version of a commitment: its full state after a create or a change, what changed and when. */
@Entity
@Table(name = "commitment_version")
@IdClass(CommitmentVersion.Key.class)
public class CommitmentVersion extends PanacheEntityBase {

    @Id
    @Column(name = "commitment_id")
    public UUID commitmentId;

    @Id
    public long version;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** Who made the change: the subject of the token the write was authorised with (the commitment's {@code updatedBy} then). */
    @Column(name = "changed_by")
    public String changedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "changed_fields", nullable = false)
    public List<String> changedFields = new ArrayList<>();

    /** When the next version replaced this one; empty while this is the current version. */
    @Column(name = "superseded_at")
    public Instant supersededAt;

    /** When the commitment itself was created, so that a version reads like the commitment did then. */
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embedded
    public CommitmentState state;

    /** Records the commitment's state as just written (after the flush that set its version). */
    static void record(Commitment commitment, List<String> changedFields) {
        CommitmentVersion entry = new CommitmentVersion();
        entry.commitmentId = commitment.id;
        entry.version = commitment.version;
        entry.changedAt = commitment.updatedAt;
        entry.changedBy = commitment.updatedBy;
        entry.changedFields = new ArrayList<>(changedFields);
        entry.createdAt = commitment.createdAt;
        entry.state = CommitmentState.of(commitment.state.details());
        update("supersededAt = ?1 where commitmentId = ?2 and supersededAt is null", entry.changedAt, entry.commitmentId);
        entry.persist();
    }

    /** Ends the current version at the deletion: the record held the commitment until then. */
    static void recordDeletion(UUID commitmentId, Instant at) {
        update("supersededAt = ?1 where commitmentId = ?2 and supersededAt is null", at, commitmentId);
    }

    public CommitmentSnapshot snapshot() {
        return new CommitmentSnapshot(commitmentId, version, createdAt, changedAt, changedBy, state.details());
    }

    public static class Key implements Serializable {
        public UUID commitmentId;
        public long version;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && version == key.version && Objects.equals(commitmentId, key.commitmentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(commitmentId, version);
        }
    }
}
