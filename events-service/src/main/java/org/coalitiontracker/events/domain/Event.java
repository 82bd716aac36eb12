package org.coalitiontracker.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.persistence.VersionedEntity;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** A meeting, summit or call, with its participants: one aggregate, one version. */
@Entity
public class Event extends VersionedEntity {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventKind kind;

    @Enumerated(EnumType.STRING)
    public EventFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EventStatus status;

    /**
     * The day it starts, in {@link #timeZone}, as precisely as the sources give it (a day, or only
     * a month): the local date of {@link #startsAt} when that is known.
     */
    @Column(name = "starts_on", nullable = false)
    public PartialDate startsOn;

    /** The day {@link #startsOn} counts from, computed by the database: the list order and the filters. */
    @Column(name = "starts_by", insertable = false, updatable = false)
    public LocalDate startsBy;

    /** When it starts, only if a source gives the hour. */
    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    @Column(name = "time_zone", nullable = false)
    public ZoneId timeZone;

    @Embedded
    @AttributeOverride(name = "venue", column = @Column(name = "location_venue"))
    @AttributeOverride(name = "city", column = @Column(name = "location_city"))
    @AttributeOverride(name = "countryCode", column = @Column(name = "location_country_code"))
    public Location location;

    @Column(name = "coalition_id")
    public String coalitionId;

    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Source> sources = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Claim> claims = new ArrayList<>();

    // One query loads the participants of a whole page of events instead of one per event.
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = PageRequest.MAX_SIZE)
    public List<Participant> participants = new ArrayList<>();

    static PanacheQuery<Event> findWithParticipants(UUID id) {
        return Event.<Event>find("from Event e left join fetch e.participants where e.id = ?1", id);
    }

    public List<Participant> participantsByCountry() {
        return participants.stream().sorted(Comparator.comparing(Participant::countryCode)).toList();
    }

    public Page<Participant> participantPage(ParticipantFilter filter, PageRequest request) {
        return Page.slice(participantsByCountry().stream().filter(p -> filter.admits(p.updatedAt)).toList(), request);
    }

    public Optional<Participant> participant(String countryCode) {
        return participants.stream().filter(p -> p.countryCode().equals(countryCode)).findFirst();
    }

    Participant addParticipant(String countryCode) {
        Participant participant = new Participant();
        participant.id = new ParticipantId(id, countryCode);
        participant.event = this;
        participants.add(participant);
        return participant;
    }

    /**
     * Participants belong to the event, so a change to one is a change to the event: moving
     * {@code updatedAt} makes the event dirty, and Hibernate increments its version at the next
     * flush under the same optimistic check as any other change.
     */
    void participantsChanged() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plus(1, ChronoUnit.MICROS);
    }
}
