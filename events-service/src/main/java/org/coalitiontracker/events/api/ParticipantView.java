package org.coalitiontracker.events.api;

import java.time.Instant;
import java.util.List;

import org.coalitiontracker.events.domain.Attendance;
import org.coalitiontracker.events.domain.Participant;
import org.coalitiontracker.events.domain.ParticipantRole;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.claims.Claims;
import org.coalitiontracker.kit.source.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A country taking part in an event. It is versioned with its event: the event's `ETag` applies.")
public record ParticipantView(
        @Schema(description = "ISO 3166-1 alpha-2 code of the country.", examples = "FR")
        String countryCode,
        @Schema(description = "The part the country plays.", examples = "CO_CHAIR")
        ParticipantRole role,
        @Schema(description = "How the country attends.", examples = "IN_PERSON")
        Attendance attendance,
        @Schema(description = "Who represents the country, as the sources name them.", examples = "Emmanuel Macron")
        String representedBy,
        @Schema(description = "Anything else worth knowing, such as where sources disagree.")
        String notes,
        @Schema(description = "Published sources for the participation.")
        List<Source> sources,
        @Schema(description = Claims.CLAIMS_DESCRIPTION)
        List<Claim> claims,
        @Schema(description = Claims.DISPUTED_FIELDS_DESCRIPTION, examples = "[]")
        List<String> disputedFields,
        @Schema(description = "Whether the country is an ACTIVE member of the event's coalition, as this service's copy of "
                + "countries-service's memberships has it (false for no membership or another status). Left out when the event has no "
                + "coalition, and never part of the event's change events, its history or an answer with `knownAt`.", examples = "true")
        Boolean member,
        @Schema(description = "When the country was added to the event.", examples = "2025-09-01T08:00:00Z")
        Instant createdAt,
        @Schema(description = "When the participation last changed.", examples = "2025-09-01T08:00:00Z")
        Instant updatedAt,
        @Schema(description = "Who made the last change: the subject of their token. Left out for records written before writes were "
                + "authenticated.", examples = "newsroom-importer")
        String updatedBy) {

    static ParticipantView of(Participant participant, MemberFlags members) {
        return new ParticipantView(participant.countryCode(), participant.role, participant.attendance, participant.representedBy,
                participant.notes, participant.sources, participant.claims,
                Claims.disputedFields(participant.claims), members.of(participant), participant.createdAt, participant.updatedAt, participant.updatedBy);
    }
}
