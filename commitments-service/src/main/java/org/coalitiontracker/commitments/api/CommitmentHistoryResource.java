package org.coalitiontracker.commitments.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.commitments.domain.CommitmentHistory;
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

@Path("/commitments/{id}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commitments")
public class CommitmentHistoryResource {

    private final CommitmentHistory history;

    public CommitmentHistoryResource(CommitmentHistory history) {
        this.history = history;
    }

    @GET
    @Operation(operationId = "listCommitmentHistory", summary = "A commitment's history",
            description = "Every version of the commitment, oldest first: version 0 is its creation, each later one a change, with the "
                    + "fields it changed, when, and the whole commitment as it stood then. Deleting a commitment deletes its history.")
    @APIResponse(responseCode = "200", description = "One page of versions; `Link` headers point to the next and previous pages.",
            content = @Content(schema = @Schema(implementation = HistoryPage.class),
                    examples = @ExampleObject(name = "history", value = CommitmentExamples.HISTORY)))
    public RestResponse<Page<HistoryEntryView>> history(
            @Parameter(description = CommitmentResource.ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo) {
        Page<HistoryEntryView> versions = history.of(Identifiers.uuidOrNotFound(id, "commitment"), PageRequest.parse(page, size))
                .map(HistoryEntryView::of);
        return PagedResponses.ok(versions, uriInfo);
    }

    @Schema(name = "CommitmentHistoryPage", description = "One page of a commitment's versions.")
    static final class HistoryPage extends PageSchema {
        @Schema(description = "The versions on this page, oldest first.")
        public List<HistoryEntryView> items;
    }
}
