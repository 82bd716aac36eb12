package org.coalitiontracker.events.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.coalitiontracker.events.domain.Event;
import org.coalitiontracker.events.domain.EventFormat;
import org.coalitiontracker.events.domain.EventKind;
import org.coalitiontracker.events.domain.EventListing;
import org.coalitiontracker.events.domain.EventStatus;
import org.coalitiontracker.events.readcopy.ActiveMemberships;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.claims.Claims;
import org.coalitiontracker.kit.export.CsvColumns;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.stored.JsonInsertions;
import org.coalitiontracker.kit.time.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;

@Schema(description = "An event with its participants.")
public record EventView(
        @Schema(description = "Identifier assigned when the event was created.", examples = "0b6f2c1e-8d3a-4f5e-9c2b-7a1d4e6f8a90")
        UUID id,
        @Schema(description = "What the event is called.", examples = "Coalition of the Willing leaders' meeting")
        String title,
        @Schema(description = "Kind of meeting.", examples = "LEADERS_SUMMIT")
        EventKind kind,
        @Schema(description = "How the participants meet, if known.", examples = "HYBRID")
        EventFormat format,
        @Schema(description = "Where the event stands.", examples = "HELD")
        EventStatus status,
        @Schema(description = "The day it starts where it takes place (in `timeZone`), as precisely as the sources give it: a day "
                + "`2025-09-04` or only a month `2025-09`. Always present.", examples = "2025-09-04")
        PartialDate startsOn,
        @Schema(description = "When it starts, at the offset `timeZone` had then; only when a source gives the hour.",
                examples = "2025-09-04T11:00:00+02:00")
        OffsetDateTime startsAt,
        @Schema(description = "When it ends, if known, at the offset `timeZone` had then.", examples = "2025-09-04T13:30:00+02:00")
        OffsetDateTime endsAt,
        @Schema(description = "IANA time zone of the place.", examples = "Europe/Paris")
        String timeZone,
        @Schema(description = "Where it takes place, if anywhere.")
        LocationFields location,
        @Schema(description = "Id (slug) of the coalition whose event this is, if any.", examples = "coalition-of-the-willing")
        String coalitionId,
        @Schema(description = "Agenda and outcome in a few sentences.")
        String summary,
        @Schema(description = "Published sources for the event's facts.")
        List<Source> sources,
        @Schema(description = Claims.CLAIMS_DESCRIPTION)
        List<Claim> claims,
        @Schema(description = Claims.DISPUTED_FIELDS_DESCRIPTION, examples = "[]")
        List<String> disputedFields,
        @Schema(description = "The countries taking part, sorted by country code.")
        List<ParticipantView> participants,
        @Schema(description = "Version, incremented on every change to the event or to one of its participants; the `ETag` carries it.", examples = "0")
        long version,
        @Schema(description = "When the record was created.", examples = "2025-09-01T08:00:00Z")
        Instant createdAt,
        @Schema(description = "When the event or one of its participants last changed.", examples = "2025-09-01T08:00:00Z")
        Instant updatedAt,
        @Schema(description = "Who made the last change to the event or one of its participants: the subject of their token. Left out for "
                + "events written before writes were authenticated.", examples = "newsroom-importer")
        String updatedBy) {

    /** The event as it is published in its change events: only what this service owns. */
    /** The CSV export's columns: the fields in order, `location.*` flattened, participants as JSON (kit.export.CsvColumns). */
    static final CsvColumns<EventView> CSV = CsvColumns.of(EventView.class)
            .value("id", EventView::id)
            .value("title", EventView::title)
            .value("kind", EventView::kind)
            .value("format", EventView::format)
            .value("status", EventView::status)
            .value("startsOn", EventView::startsOn)
            .value("startsAt", EventView::startsAt)
            .value("endsAt", EventView::endsAt)
            .value("timeZone", EventView::timeZone)
            .nested("location", EventView::location, CsvColumns.of(LocationFields.class)
                    .value("venue", LocationFields::venue)
                    .value("city", LocationFields::city)
                    .value("countryCode", LocationFields::countryCode))
            .value("coalitionId", EventView::coalitionId)
            .value("summary", EventView::summary)
            .json("sources", EventView::sources)
            .json("claims", EventView::claims)
            .list("disputedFields", EventView::disputedFields)
            .json("participants", EventView::participants)
            .value("version", EventView::version)
            .value("createdAt", EventView::createdAt)
            .value("updatedAt", EventView::updatedAt)
            .value("updatedBy", EventView::updatedBy);

    /**
     * The event's stored representation (its change event's JSON, kit.stored) as answered to
     * clients: with each participant's {@code member} flag put in when the event has a coalition;
     * the same text {@link #of(Event, MemberFlags)} serialises to.
     */
    static String withMemberFlags(String stored, ObjectMapper mapper, ActiveMemberships memberships) {
        JsonInsertions json = JsonInsertions.of(mapper, stored, "participants");
        Optional<String> coalitionId = json.root().text("coalitionId");
        List<JsonInsertions.Fields> participants = json.objects("participants");
        if (coalitionId.isEmpty() || participants.isEmpty()) {
            return json.json();
        }
        List<String> keys = participants.stream()
                .map(participant -> ActiveMemberships.key(coalitionId.get(), participant.text("countryCode").orElseThrow())).toList();
        Set<String> active = memberships.activeAmong(keys);
        for (int i = 0; i < keys.size(); i++) {
            participants.get(i).put("member", active.contains(keys.get(i)));
        }
        return json.json();
    }

    static EventView of(Event event) {
        return of(event, MemberFlags.NOT_SHOWN);
    }

    static EventView of(Event event, MemberFlags members) {
        return new EventView(event.id, event.title, event.kind, event.format, event.status, event.startsOn, at(event.startsAt, event.timeZone),
                at(event.endsAt, event.timeZone), event.timeZone.getId(), LocationFields.of(event.location), event.coalitionId,
                event.summary, event.sources, event.claims, Claims.disputedFields(event.claims), event.participantsByCountry().stream().map(p -> ParticipantView.of(p, members)).toList(),
                event.version, event.createdAt, event.updatedAt, event.updatedBy);
    }

    /**
     * What the list filters and sorts this view by, for a list answered from recorded states. A
     * state recorded before events had {@code startsOn} always has {@code startsAt}: its day is
     * the one the migration gave such events, the local date of {@code startsAt} in its zone.
     */
    EventListing listing() {
        List<ParticipantView> taking = participants == null ? List.of() : participants;
        ZoneId zone = ZoneId.of(timeZone);
        PartialDate day = startsOn != null ? startsOn : PartialDate.of(startsAt.atZoneSameInstant(zone).toLocalDate());
        return new EventListing(id, title, kind, format, status, day, startsAt == null ? null : startsAt.toInstant(), zone,
                location == null ? null : location.countryCode(), taking.stream().map(ParticipantView::countryCode).collect(Collectors.toSet()),
                coalitionId, summary, updatedAt);
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
