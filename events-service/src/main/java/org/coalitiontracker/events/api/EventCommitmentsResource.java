package org.coalitiontracker.events.api;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.events.domain.EventService;
import org.coalitiontracker.events.readcopy.AnnouncedCommitments;
import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.http.PagedResponses;
import org.coalitiontracker.kit.openapi.PageSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/events/{id}/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events")
public class EventCommitmentsResource {

    private final EventService events;
    private final AnnouncedCommitments commitments;

    public EventCommitmentsResource(EventService events, AnnouncedCommitments commitments) {
        this.events = events;
        this.commitments = commitments;
    }

    @GET
    @Operation(operationId = "listEventCommitments", summary = "List the commitments announced at an event",
            description = "The commitments that commitments-service records as announced at this event, from this service's copy of "
                    + "them (it may lag commitments-service by the time a change event takes to arrive), sorted by country code, category, then id, "
                    + "one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of commitments; `Link` headers point to the next and previous pages.",
            content = @Content(schema = @Schema(implementation = AnnouncedCommitmentPage.class),
                    examples = @ExampleObject(name = "commitments", value = EventExamples.COMMITMENT_PAGE)))
    public RestResponse<Page<JsonNode>> list(
            @Parameter(description = EventResource.ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo) {
        UUID eventId = Identifiers.uuidOrNotFound(id, "event");
        PageRequest request = PageRequest.parse(page, size);
        events.findReadOnly(eventId);
        return PagedResponses.ok(commitments.atEvent(eventId, request), uriInfo);
    }

    @Schema(name = "AnnouncedCommitmentPage", description = "One page of the commitments announced at an event.")
    static final class AnnouncedCommitmentPage extends PageSchema {
        @Schema(description = "The commitments on this page, sorted by country code, category, then id.")
        public List<AnnouncedCommitment> items;
    }
}
