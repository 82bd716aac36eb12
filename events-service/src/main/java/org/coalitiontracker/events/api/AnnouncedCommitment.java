package org.coalitiontracker.events.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents a commitment as this service shows it from its copy of commitments-service's
 * commitments; the copy's JSON is answered as it is, so this type only describes it.
 */
@Schema(name = "AnnouncedCommitment", description = "A commitment announced at an event, as commitments-service last published it "
        + "(this service's copy, which may lag by the time a change event takes to arrive). Further fields commitments-service "
        + "publishes, such as `sources`, are passed on as they are.")
public record AnnouncedCommitment(
        @Schema(description = "The commitment's id in commitments-service.", examples = "3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11")
        UUID id,
        @Schema(description = "The committing country, ISO 3166-1 alpha-2.", examples = "FR")
        String countryCode,
        @Schema(description = "The coalition committed to (its slug).", examples = "coalition-of-the-willing")
        String coalitionId,
        @Schema(description = "What kind of contribution it is, such as GROUND_FORCES, AIR, MARITIME, AIR_DEFENCE, TRAINING, EQUIPMENT, "
                + "FINANCING.", examples = "GROUND_FORCES")
        String category,
        @Schema(description = "Where the commitment stands: UNDER_CONSIDERATION, PLEDGED, CONFIRMED, DELIVERED or WITHDRAWN.",
                examples = "PLEDGED")
        String status,
        @Schema(description = "What is committed, in plain words.")
        String description,
        @Schema(description = "Number of personnel, if the commitment has one.", examples = "2000")
        Integer personnel,
        @Schema(description = "Money committed, if any.")
        Amount amount,
        @Schema(description = "What the commitment depends on, such as US_BACKSTOP or CEASEFIRE.", examples = "[\"US_BACKSTOP\", \"CEASEFIRE\"]")
        List<String> conditions,
        @Schema(description = "Where the forces or assets would be stationed, ISO 3166-1 alpha-2.", examples = "UA")
        String stationedIn,
        @Schema(description = "The event where it was announced: this one.", examples = "0b6f2c1e-8d3a-4f5e-9c2b-7a1d4e6f8a90")
        UUID announcedAtEventId,
        @Schema(description = "The date it was announced.", examples = "2025-09-04")
        LocalDate announcedOn,
        @Schema(description = "The commitment's version in commitments-service.", examples = "0")
        long version) {

    @Schema(name = "CommitmentAmount", description = "An amount of money in one currency.")
    public record Amount(
            @Schema(description = "The amount as a decimal string.", examples = "1500000.00")
            String amount,
            @Schema(description = "ISO 4217 currency code.", examples = "EUR")
            String currency) {
    }
}
