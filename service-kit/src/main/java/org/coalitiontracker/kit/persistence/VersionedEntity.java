package org.coalitiontracker.kit.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
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

    @PrePersist
    void stampCreation() {
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
