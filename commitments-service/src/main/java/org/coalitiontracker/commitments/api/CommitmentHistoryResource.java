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

import org.coalitiontracker.commitments.CommitmentsServiceContract;
import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.history.RecordedVersion;
import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.openapi.PageSchema;
import org.coalitiontracker.kit.openapi.RecordedVersionSchema;
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

    private final HistoryResponses history;

    public CommitmentHistoryResource(HistoryResponses history) {
        this.history = history;
    }

    @GET
    @Operation(operationId = "getCommitmentHistory", summary = "A commitment's history", description = HistoryResponses.HISTORY_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of versions; `Link` headers point to the next and previous pages.",
            content = @Content(schema = @Schema(implementation = HistoryPage.class),
                    examples = @ExampleObject(name = "history", value = CommitmentExamples.HISTORY)))
    public RestResponse<Page<RecordedVersion>> history(
            @Parameter(description = CommitmentResource.ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo) {
        String key = Identifiers.uuidOrNotFound(id, "commitment").toString();
        return history.history(CommitmentsServiceContract.COMMITMENTS, key, PageRequest.parse(page, size), uriInfo, "commitment");
    }

    @Schema(name = "CommitmentVersion", description = "One version of a commitment in the record.")
    static final class CommitmentVersionSchema extends RecordedVersionSchema {
        @Schema(description = "The commitment as this version recorded it, as published in its change event (so without the country "
                + "name and event title); absent for a deletion.")
        public CommitmentView state;
    }

    @Schema(name = "CommitmentHistoryPage", description = "One page of a commitment's versions.")
    static final class HistoryPage extends PageSchema {
        @Schema(description = "The versions on this page, oldest first.")
        public List<CommitmentVersionSchema> items;
    }
}
