package org.coalitiontracker.commitments.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** A {@link TimelineSpan} of a commitment as the record holds it now. */
@Entity
@Immutable
@Table(name = "commitment_status_period")
@IdClass(StatusPeriod.Key.class)
public class StatusPeriod extends TimelineSpan {

    public record Key(UUID commitmentId, LocalDate fromDay) implements Serializable {
    }
}
