package org.coalitiontracker.countries.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.persistence.VersionedEntity;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A country's membership of a coalition, over a period, with its role and its stances. */
@Entity
@IdClass(Membership.Key.class)
public class Membership extends VersionedEntity {

    @Id
    @Column(name = "coalition_id")
    public String coalitionId;

    /** ISO 3166-1 alpha-2. */
    @Id
    @Column(name = "country_code")
    public String countryCode;

    /** The same column as {@link #countryCode}, for the country's name and blocs. */
    @ManyToOne(optional = false)
    @JoinColumn(name = "country_code", insertable = false, updatable = false)
    public Country country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MembershipStatus status;

    /** The world's role timeline, oldest first; {@link #role} is its last step. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "role_history", nullable = false)
    public List<RoleChange> roleHistory = new ArrayList<>();

    @Column(name = "joined_on")
    public PartialDate joinedOn;

    @Column(name = "left_on")
    public PartialDate leftOn;

    /** The days {@link #joinedOn} and {@link #leftOn} count from, computed by the database: what {@code asOf} compares. */
    @Column(name = "joined_by", insertable = false, updatable = false)
    public LocalDate joinedBy;

    @Column(name = "left_by", insertable = false, updatable = false)
    public LocalDate leftBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Stance> stances = new ArrayList<>();

    public String notes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Source> sources = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Claim> claims = new ArrayList<>();

    /** The key of its change events: {@code coalitionId/countryCode}. */
    public String eventKey() {
        return eventKey(coalitionId, countryCode);
    }

    /** The key of the change events of the membership of {@code countryCode} (alpha-2) in {@code coalitionId}. */
    public static String eventKey(String coalitionId, String countryCode) {
        return coalitionId + "/" + countryCode;
    }

    public static class Key implements Serializable {
        public String coalitionId;
        public String countryCode;

        public Key() {
        }

        public Key(String coalitionId, String countryCode) {
            this.coalitionId = coalitionId;
            this.countryCode = countryCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(coalitionId, key.coalitionId) && Objects.equals(countryCode, key.countryCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(coalitionId, countryCode);
        }
    }
}
