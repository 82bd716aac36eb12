package org.coalitiontracker.events.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;

import org.coalitiontracker.kit.persistence.VersionedEntity;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.source.Source;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A country taking part in an event. Part of the event's aggregate: clients see and match the
 * event's version, not this row's own.
 */
@Entity
public class Participant extends VersionedEntity {

    @EmbeddedId
    public ParticipantId id;

    @MapsId("eventId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Attendance attendance;

    @Column(name = "represented_by")
    public String representedBy;

    public String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Source> sources = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Claim> claims = new ArrayList<>();

    public String countryCode() {
        return id.countryCode;
    }
}
