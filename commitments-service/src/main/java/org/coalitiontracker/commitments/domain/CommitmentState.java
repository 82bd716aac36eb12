package org.coalitiontracker.commitments.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The columns holding what a commitment says. The current row and every history row embed the
 * same columns, so that a list can be asked of the present or of any past date alike.
 */
@Embeddable
public class CommitmentState {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "country_code", nullable = false, length = 2)
    public String countryCode;

    @Column(name = "coalition_id", nullable = false)
    public String coalitionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommitmentCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommitmentStatus status;

    public String description;

    public Integer personnel;

    /** With {@link #currency}, both or neither. */
    public BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    public String currency;

    /**
     * Condition names rather than the enum: Hibernate binds an enum argument of
     * {@code array_contains} by ordinal even when the array holds names.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public Set<String> conditions = new HashSet<>();

    @Column(name = "condition_note")
    public String conditionNote;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "stationed_in", length = 2)
    public String stationedIn;

    @Column(name = "announced_at_event_id")
    public UUID announcedAtEventId;

    /** As precisely as the sources give it (kit.time.PartialDate, stored as its text). */
    @Column(name = "announced_on")
    public PartialDate announcedOn;

    /** The day {@link #announcedOn} counts from, computed by the database: the list order. */
    @Column(name = "announced_by", insertable = false, updatable = false)
    public LocalDate announcedBy;

    /** The world's status timeline, oldest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "status_history", nullable = false)
    public List<StatusChange> statusHistory = new ArrayList<>();

    /** The day the timeline's first dated step counts from, computed by the database; empty if none is dated. */
    @Column(name = "timeline_begins", insertable = false, updatable = false)
    public LocalDate timelineBegins;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Source> sources = new ArrayList<>();

    /** What the sources say about its fields, each claim with its sources and rank. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Claim> claims = new ArrayList<>();

    static CommitmentState of(CommitmentDetails details) {
        CommitmentState state = new CommitmentState();
        state.countryCode = details.countryCode();
        state.coalitionId = details.coalitionId();
        state.category = details.category();
        state.status = details.status();
        state.statusHistory = new ArrayList<>(details.statusHistory());
        state.description = details.description();
        state.personnel = details.personnel();
        state.amount = details.amount() == null ? null : details.amount().amount();
        state.currency = details.amount() == null ? null : details.amount().currencyCode();
        state.conditions = details.conditions().stream().map(Enum::name).collect(Collectors.toCollection(HashSet::new));
        state.conditionNote = details.conditionNote();
        state.stationedIn = details.stationedIn();
        state.announcedAtEventId = details.announcedAtEventId();
        state.announcedOn = details.announcedOn();
        state.sources = new ArrayList<>(details.sources());
        state.claims = new ArrayList<>(details.claims());
        return state;
    }

    public CommitmentDetails details() {
        Money money = amount == null ? null : new Money(amount, Money.currency(currency).orElseThrow());
        Set<CommitmentCondition> conditionSet = conditions.stream().map(CommitmentCondition::valueOf).collect(Collectors.toSet());
        return new CommitmentDetails(countryCode, coalitionId, category, status, statusHistory, description, personnel, money, conditionSet,
                conditionNote, stationedIn, announcedAtEventId, announcedOn, sources, claims);
    }
}
