package org.coalitiontracker.events.domain;

import jakarta.persistence.Embeddable;

/** Where an event takes place; every part is optional. */
@Embeddable
public record Location(String venue, String city, String countryCode) {

    boolean isEmpty() {
        return venue == null && city == null && countryCode == null;
    }
}
