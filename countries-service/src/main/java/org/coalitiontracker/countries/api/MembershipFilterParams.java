package org.coalitiontracker.countries.api;

import jakarta.ws.rs.QueryParam;

import org.coalitiontracker.countries.domain.Bloc;
import org.coalitiontracker.countries.domain.MembershipFilter;
import org.coalitiontracker.countries.domain.MembershipRole;
import org.coalitiontracker.countries.domain.MembershipStatus;
import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.http.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of a coalition's member list. */
public class MembershipFilterParams {

    @Schema(implementation = MembershipRole.class) @QueryParam("role")
    @Parameter(description = "Only members in this role: `LEAD`, `MEMBER`, `PARTNER` or `OBSERVER`, in any case.")
    public String role;

    @Schema(implementation = MembershipStatus.class) @QueryParam("status")
    @Parameter(description = "Only memberships in this status: `ACTIVE`, `PROSPECTIVE` or `WITHDRAWN`, in any case.")
    public String status;

    @Schema(implementation = Bloc.class) @QueryParam("bloc")
    @Parameter(description = "Only member countries in this bloc: `EU` or `NATO`, in any case.")
    public String bloc;

    @Schema(type = SchemaType.STRING, format = "date") @QueryParam("asOf")
    @Parameter(description = QueryParams.AS_OF_DESCRIPTION + " Only those who were members on that day (joined by it, and not "
            + "left by it), each with the role and stances then in force.", example = "2025-09-04")
    public String asOf;

    @QueryParam("knownAt")
    @Parameter(description = HistoryResponses.KNOWN_AT_DESCRIPTION + " The members then in the record, each in the version it held "
            + "then (as in the history: without `commitmentSummary` and `events`); combines with `asOf` and the other filters.",
            example = "2025-09-05T08:00:00Z")
    public String knownAt;

    @QueryParam("updatedSince")
    @Parameter(description = QueryParams.UPDATED_SINCE_DESCRIPTION)
    public String updatedSince;

    MembershipFilter toFilter() {
        return new MembershipFilter(
                QueryParams.enumValue("role", role, MembershipRole.class),
                QueryParams.enumValue("status", status, MembershipStatus.class),
                QueryParams.enumValue("bloc", bloc, Bloc.class),
                QueryParams.date("asOf", asOf),
                QueryParams.knownAt("knownAt", knownAt),
                QueryParams.instantOrDate("updatedSince", updatedSince));
    }
}
