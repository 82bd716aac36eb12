package org.coalitiontracker.commitments.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A {@link TimelineSpan} of one recorded version of a commitment, for {@code asOf} combined with {@code knownAt}. */
@Entity
@Immutable
@Table(name = "commitment_version_status_period")
@IdClass(VersionStatusPeriod.Key.class)
public class VersionStatusPeriod extends TimelineSpan {

    @Id
    public long version;

    public record Key(UUID commitmentId, long version, LocalDate fromDay) implements Serializable {
    }
}
