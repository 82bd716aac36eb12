package org.coalitiontracker.commitments.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The days over which one status of a commitment's timeline is in force: from {@code fromDay}
 * until the day before {@code untilDay} (for good when empty). The database derives the spans
 * from the timeline in the writing transaction (migration V9); the service only reads them, to
 * answer {@code asOf} over many commitments without reading each timeline.
 */
@MappedSuperclass
public abstract class TimelineSpan {

    @Id
    @Column(name = "commitment_id")
    public UUID commitmentId;

    @Id
    @Column(name = "from_day")
    public LocalDate fromDay;

    @Column(name = "until_day")
    public LocalDate untilDay;

    /** The status's name, as the timeline stores it. */
    public String status;
}
