package org.coalitiontracker.events.api;

import jakarta.ws.rs.QueryParam;

import org.coalitiontracker.events.domain.EventFilter;
import org.coalitiontracker.events.domain.EventFormat;
import org.coalitiontracker.events.domain.EventKind;
import org.coalitiontracker.events.domain.EventStatus;
import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.http.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the event list. */
public class EventFilterParams {

    @Parameter(description = TimeParams.FROM_DESCRIPTION) @Schema(type = SchemaType.STRING, format = "date-time") @QueryParam("from")
    public String from;

    @Parameter(description = TimeParams.TO_DESCRIPTION) @Schema(type = SchemaType.STRING, format = "date-time") @QueryParam("to")
    public String to;

    @Parameter(description = "Only events of this kind: LEADERS_SUMMIT, MINISTERIAL, MILITARY_PLANNING, BILATERAL, CALL or OTHER.")
    @Schema(implementation = EventKind.class) @QueryParam("kind")
    public String kind;

    @Parameter(description = "Only events in this format: IN_PERSON, VIRTUAL or HYBRID.") @Schema(implementation = EventFormat.class) @QueryParam("format")
    public String format;

    @Parameter(description = "Only events with this status: ANNOUNCED, CONFIRMED, HELD, POSTPONED or CANCELLED.")
    @Schema(implementation = EventStatus.class) @QueryParam("status")
    public String status;

    @Parameter(description = "ISO 3166-1 alpha-2 code: only events held in that country or in which it takes part, in any role.")
    @Schema(type = SchemaType.STRING, pattern = QueryParams.COUNTRY_CODE_PATTERN) @QueryParam("country")
    public String country;

    @Parameter(description = "Only events of this coalition (its slug).")
    @Schema(type = SchemaType.STRING, pattern = Identifiers.SLUG_PATTERN, maxLength = Identifiers.SLUG_MAX_LENGTH) @QueryParam("coalition")
    public String coalition;

    @Parameter(description = "Text to find in the title or summary, case-insensitively.") @Schema(type = SchemaType.STRING, maxLength = 200) @QueryParam("q")
    public String q;

    @Parameter(description = QueryParams.UPDATED_SINCE_DESCRIPTION) @QueryParam("updatedSince")
    public String updatedSince;

    @Parameter(description = HistoryResponses.KNOWN_AT_DESCRIPTION + " The events then in the record, each in the version it held then "
            + "(as in the history: participants without `member`), filtered and sorted alike: the filters test that version, its "
            + "start and participants included, and `updatedSince` when it was written.", example = "2025-09-05T08:00:00Z")
    @QueryParam(RecordedEvents.KNOWN_AT)
    public String knownAt;

    EventFilter toFilter() {
        return new EventFilter(
                TimeParams.startBound("from", from),
                TimeParams.startBound("to", to),
                QueryParams.enumValue("kind", kind, EventKind.class),
                QueryParams.enumValue("format", format, EventFormat.class),
                QueryParams.enumValue("status", status, EventStatus.class),
                QueryParams.countryCode("country", country),
                QueryParams.slug("coalition", coalition),
                QueryParams.text("q", q, 200),
                QueryParams.instantOrDate("updatedSince", updatedSince),
                QueryParams.knownAt(RecordedEvents.KNOWN_AT, knownAt));
    }
}
