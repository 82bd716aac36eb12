package org.coalitiontracker.events.api;

import jakarta.validation.constraints.Size;

import org.coalitiontracker.events.domain.Location;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an event takes place; every part is optional.")
public record LocationFields(
        @Size(max = 200)
        @Schema(description = "Building or site.", examples = "Élysée Palace")
        String venue,
        @Size(max = 100)
        @Schema(description = "City.", examples = "Paris")
        String city,
        @Schema(description = "ISO 3166-1 alpha-2 code of the country, in any case; stored in upper case.", examples = "FR")
        String countryCode) {

    static LocationFields of(Location location) {
        return location == null ? null : new LocationFields(location.venue(), location.city(), location.countryCode());
    }

    Location toLocation() {
        return new Location(venue, city, countryCode);
    }
}
