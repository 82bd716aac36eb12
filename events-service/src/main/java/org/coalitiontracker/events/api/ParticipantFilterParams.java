package org.coalitiontracker.events.api;

import jakarta.ws.rs.QueryParam;

import org.coalitiontracker.events.domain.ParticipantFilter;
import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.http.QueryParams;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of an event's participant list. */
public class ParticipantFilterParams {

    @Parameter(description = QueryParams.UPDATED_SINCE_DESCRIPTION) @QueryParam("updatedSince")
    public String updatedSince;

    @Parameter(description = HistoryResponses.KNOWN_AT_DESCRIPTION + " The participants the event had in the version the record held "
            + "then (the `ETag` is that version), without `member`; 404 if the event was not in the record then.",
            example = "2025-09-05T08:00:00Z")
    @QueryParam(RecordedEvents.KNOWN_AT)
    public String knownAt;

    ParticipantFilter toFilter() {
        return new ParticipantFilter(QueryParams.instantOrDate("updatedSince", updatedSince),
                QueryParams.knownAt(RecordedEvents.KNOWN_AT, knownAt));
    }
}
