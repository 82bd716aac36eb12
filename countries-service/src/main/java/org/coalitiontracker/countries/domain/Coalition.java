package org.coalitiontracker.countries.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.persistence.VersionedEntity;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A multinational coalition, identified by a slug its creator chose. */
@Entity
public class Coalition extends VersionedEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    public String description;

    @Column(name = "launched_on")
    public PartialDate launchedOn;

    /** The day {@link #launchedOn} counts from, computed by the database: what {@code asOf} compares. */
    @Column(name = "launched_by", insertable = false, updatable = false)
    public LocalDate launchedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Source> sources = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Claim> claims = new ArrayList<>();
}
