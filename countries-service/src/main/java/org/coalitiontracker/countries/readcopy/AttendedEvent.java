package org.coalitiontracker.countries.readcopy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An event a country took part in (from events-service, via its change events).")
public record AttendedEvent(
        @Schema(description = "The event's id in events-service.", examples = "0d6f4c2e-8a1b-4d3c-9e7f-5a2b1c3d4e5f")
        String eventId,
        @Schema(description = "The event's title.", examples = "Coalition of the Willing leaders' meeting")
        String title,
        @Schema(description = "The day it starts where it takes place, as precisely as the sources give it: `2025-09-04`, or only a "
                + "month `2025-09`.", examples = "2025-09-04")
        String startsOn,
        @Schema(description = "When it starts, at its local offset; only when a source gives the hour.", examples = "2025-09-04T11:00:00+02:00")
        String startsAt,
        @Schema(description = "The coalition it belongs to, if any.", examples = "coalition-of-the-willing")
        String coalitionId,
        @Schema(description = "The country's role there: HOST, CO_CHAIR, PARTICIPANT, OBSERVER or GUEST.", examples = "CO_CHAIR")
        String role,
        @Schema(description = "How it attended: IN_PERSON, VIRTUAL, PHONE or UNKNOWN.", examples = "IN_PERSON")
        String attendance) {
}
