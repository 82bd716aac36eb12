package org.coalitiontracker.minimal;

import jakarta.persistence.Entity;

import io.quarkus.hibernate.orm.panache.PanacheEntity;

/** The one entity: an id, a name and a description, about the size of a small coalition. */
@Entity
public class Thing extends PanacheEntity {

    public String name;
    public String description;
}
