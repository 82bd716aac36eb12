package org.coalitiontracker.commitments.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.coalitiontracker.commitments.domain.CommitmentQueries;
import org.coalitiontracker.commitments.domain.SummaryGrouping;
import org.coalitiontracker.kit.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

@Path("/commitments/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commitments")
public class CommitmentSummaryResource {

    private final CommitmentQueries queries;

    public CommitmentSummaryResource(CommitmentQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "getCommitmentSummary", summary = "Commitments counted and totalled per group",
            description = "Groups the commitments that match the filters (the same as the list's, `asOf` included) by country, category, "
                    + "status or host country, and gives per group the number of commitments, their total personnel and their money "
                    + "totalled per currency. Withdrawn commitments are left out unless `includeWithdrawn=true` or `status=WITHDRAWN`.")
    @APIResponse(responseCode = "200", description = "The groups and their totals.",
            content = @Content(schema = @Schema(implementation = CommitmentSummaryView.class),
                    examples = @ExampleObject(name = "by category", value = CommitmentExamples.SUMMARY)))
    public CommitmentSummaryView summary(
            @Parameter(description = "Required: what to group by, `country` (the committing country), `category`, `status` or "
                    + "`stationedIn` (the host country).", required = true, example = "category") @Schema(type = SchemaType.STRING, enumeration = { "country", "category", "status", "stationedIn" }) @QueryParam("groupBy") String groupBy,
            @BeanParam CommitmentFilterParams filter) {
        SummaryGrouping grouping = parse(groupBy);
        return new CommitmentSummaryView(grouping.parameterValue(),
                queries.summary(filter.toFilter(), grouping).stream().map(CommitmentSummaryView.Group::of).toList());
    }

    private static SummaryGrouping parse(String groupBy) {
        if (groupBy == null || groupBy.isBlank()) {
            throw ProblemException.invalidParameter("groupBy", "is required; one of " + SummaryGrouping.parameterValues());
        }
        return SummaryGrouping.parse(groupBy).orElseThrow(() -> ProblemException.invalidParameter("groupBy",
                "'" + groupBy + "' is not one of " + SummaryGrouping.parameterValues()));
    }
}
