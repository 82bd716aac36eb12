package org.coalitiontracker.countries.domain;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;

import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.persistence.VersionedEntity;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/**
 * An ISO 3166-1 country: reference data loaded by migrations, read-only through the API.
 * Its aliases and blocs are always shown with it, so they load with it, a page at a time.
 */
@Entity
@Immutable
@BatchSize(size = PageRequest.MAX_SIZE)
public class Country extends VersionedEntity {

    /** ISO 3166-1 alpha-2, upper case. */
    @Id
    public String code;

    /** ISO 3166-1 alpha-3, upper case. */
    @Column(nullable = false, unique = true)
    public String alpha3;

    @Column(nullable = false)
    public String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "country_alias", joinColumns = @JoinColumn(name = "country_code"))
    @Column(name = "alias", nullable = false)
    @BatchSize(size = PageRequest.MAX_SIZE)
    public Set<String> aliases = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "country_bloc", joinColumns = @JoinColumn(name = "country_code"))
    @Column(name = "bloc", nullable = false)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = PageRequest.MAX_SIZE)
    public Set<Bloc> blocs = new HashSet<>();
}
