package org.coalitiontracker.events.api;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.coalitiontracker.events.domain.Event;
import org.coalitiontracker.events.domain.EventDetails;
import org.coalitiontracker.events.domain.EventFormat;
import org.coalitiontracker.events.domain.EventKind;
import org.coalitiontracker.events.domain.EventStatus;
import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;
import org.coalitiontracker.kit.time.YearBetween;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An event as a client sets it: the body of a create (POST) or a full replacement (PUT). "
        + "Participants are not part of it; they are set one by one under `/events/{id}/participants`.")
public record EventBody(
        @NotBlank @Size(max = 300)
        @Schema(description = "What the event is called.", required = true, examples = "Coalition of the Willing leaders' meeting")
        String title,
        @NotNull
        @Schema(description = "Kind of meeting.", required = true, examples = "LEADERS_SUMMIT")
        EventKind kind,
        @Schema(description = "How the participants meet; left out while unknown.", examples = "HYBRID")
        EventFormat format,
        @NotNull
        @Schema(description = "Where the event stands.", required = true, examples = "HELD")
        EventStatus status,
        @Schema(description = "The day it starts where it takes place (in `timeZone`), as precisely as the sources give it: a day "
                + "`2025-09-04`, or only a month `2025-09` (or a year). Required unless `startsAt` is given; with `startsAt` it may be "
                + "left out (it is then the local date of `startsAt`), and if given it must be that day. See docs/api-decisions.md, "
                + "\"Two kinds of time\".", examples = "2025-09-04")
        @YearBetween(min = EARLIEST_YEAR, max = LATEST_YEAR)
        PartialDate startsOn,
        @Schema(description = "When it starts, ISO 8601 with offset, only when a source gives the hour (no invented midnight: "
                + "send `startsOn` alone). Stored as an instant and returned at the offset of `timeZone`, whatever offset was sent.",
                examples = "2025-09-04T11:00:00+02:00")
        @YearBetween(min = EARLIEST_YEAR, max = LATEST_YEAR)
        OffsetDateTime startsAt,
        @Schema(description = "When it ends, if known; needs `startsAt`, and not before it.", examples = "2025-09-04T13:30:00+02:00")
        @YearBetween(min = EARLIEST_YEAR, max = LATEST_YEAR)
        OffsetDateTime endsAt,
        @NotBlank @IanaTimeZone
        @Schema(description = "IANA time zone of the place (of the host, for a call), such as `Europe/Paris`. Changing it keeps the "
                + "instants and changes the offset they are shown at (and, with `startsAt`, the day `startsOn` is).", required = true, examples = "Europe/Paris")
        String timeZone,
        @Valid
        @Schema(description = "Where it takes place; may be left out, for example for a call.")
        LocationFields location,
        @Size(max = Identifiers.SLUG_MAX_LENGTH) @Pattern(regexp = Identifiers.SLUG_PATTERN, message = Identifiers.SLUG_MESSAGE)
        @Schema(description = "Id (slug) of the coalition whose event this is, if any.", examples = "coalition-of-the-willing")
        String coalitionId,
        @Size(max = 4000)
        @Schema(description = "Agenda and outcome in a few sentences.")
        String summary,
        @Size(max = 50)
        @Schema(description = "Published sources for the event's facts.")
        List<@NotNull @Valid Source> sources,
        @Size(max = 100)
        @Schema(description = "What the sources say about the event's fields where they disagree or need citing (a meeting's date that "
                + "one report gets wrong), each claim with its sources and rank. See docs/api-decisions.md, \"Claims\".")
        List<@NotNull @Valid Claim> claims) {

    // Plausible years for a coalition's event: a typo such as 3025 is refused instead of stored,
    // in a field and in a claim of it alike.
    static final int EARLIEST_YEAR = 1800;
    static final int LATEST_YEAR = 2999;

    /** The body a merge patch starts from: the stored start day and instant (see {@link #withStartsOn}). */
    static EventBody of(Event event) {
        return new EventBody(event.title, event.kind, event.format, event.status, event.startsOn, EventView.at(event.startsAt, event.timeZone),
                EventView.at(event.endsAt, event.timeZone), event.timeZone.getId(), LocationFields.of(event.location),
                event.coalitionId, event.summary, event.sources, event.claims);
    }

    EventBody withStartsOn(PartialDate day) {
        return new EventBody(title, kind, format, status, day, startsAt, endsAt, timeZone, location, coalitionId, summary, sources, claims);
    }

    EventDetails details() {
        return new EventDetails(title, kind, format, status, startsOn, startsAt == null ? null : startsAt.toInstant(),
                endsAt == null ? null : endsAt.toInstant(),
                ZoneId.of(timeZone), location == null ? null : location.toLocation(), coalitionId, summary, sources, claims);
    }
}
