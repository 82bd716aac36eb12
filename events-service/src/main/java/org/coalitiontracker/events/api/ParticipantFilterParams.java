package org.coalitiontracker.events.api;

import jakarta.ws.rs.QueryParam;

import org.coalitiontracker.events.domain.ParticipantFilter;
import org.coalitiontracker.kit.http.QueryParams;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of an event's participant list. */
public class ParticipantFilterParams {

    @Parameter(description = QueryParams.UPDATED_SINCE_DESCRIPTION) @QueryParam("updatedSince")
    public String updatedSince;

    ParticipantFilter toFilter() {
        return new ParticipantFilter(QueryParams.instantOrDate("updatedSince", updatedSince));
    }
}
