package org.coalitiontracker.events.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A participant is identified by its event and its country. */
@Embeddable
public class ParticipantId implements Serializable {

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "country_code")
    public String countryCode;

    protected ParticipantId() {
    }

    ParticipantId(UUID eventId, String countryCode) {
        this.eventId = eventId;
        this.countryCode = countryCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParticipantId that && Objects.equals(eventId, that.eventId) && Objects.equals(countryCode, that.countryCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventId, countryCode);
    }
}
