package org.coalitiontracker.kit.tests.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.coalitiontracker.kit.persistence.VersionedEntity;

@Entity
public class Widget extends VersionedEntity {

    @Id
    @Column(name = "widget_key")
    public String key;

    @Column(nullable = false)
    public String name;
}
