package org.coalitiontracker.kit.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.coalitiontracker.kit.security.Actor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What every owned record has: a version that the database increments on each change (the
 * source of its ETag and of the version in its change events), creation/update instants and who
 * made the last change ({@code updated_by}).
 */
@MappedSuperclass
public abstract class VersionedEntity extends PanacheEntityBase {

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Who made the last change (the token's subject, see {@link Actor}); empty for data loaded without a request. */
    @Column(name = "updated_by")
    public String updatedBy;

    @Transient
    private long firstVersion;

    /**
     * Makes this new record start at {@code version} instead of 0: a record created under the key
     * of a deleted one continues its version sequence (see {@code Tombstones}).
     */
    public void startVersionsAt(long version) {
        firstVersion = version;
    }

    @PrePersist
    void stampCreation() {
        // Set here and not in startVersionsAt: Hibernate takes a new entity with a version other
        // than its initial one for a detached one, but keeps the version a PrePersist callback gave.
        if (firstVersion > 0) {
            version = firstVersion;
        }
        // PostgreSQL keeps microseconds; truncating here makes what a client sees equal to what is stored.
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
        updatedBy = Actor.current().orElse(null);
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedBy = Actor.current().orElse(null);
    }
}
