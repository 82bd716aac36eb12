package org.coalitiontracker.commitments.api;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.coalitiontracker.commitments.domain.CommitmentCategory;
import org.coalitiontracker.commitments.domain.CommitmentCondition;
import org.coalitiontracker.commitments.domain.CommitmentFilter;
import org.coalitiontracker.commitments.domain.CommitmentStatus;
import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.http.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.coalitiontracker.kit.http.Identifiers;

/** The filters that the list and the summary share. */
public class CommitmentFilterParams {

    static final String AS_OF_DESCRIPTION = QueryParams.AS_OF_DESCRIPTION + " Commitments whose status timeline had begun by that day, "
            + "each with the status then in force (the `status` filter and the summary's groups use it); WITHDRAWN ones are left out unless "
            + "`includeWithdrawn=true`.";
    static final String KNOWN_AT_DESCRIPTION = HistoryResponses.KNOWN_AT_DESCRIPTION + " Each commitment in the version then current, "
            + "whose `version` and `updatedAt` it carries; the other filters apply to that version.";

    @Schema(type = SchemaType.STRING, pattern = QueryParams.COUNTRY_CODE_PATTERN) @QueryParam("country")
    @Parameter(description = "Only commitments by this country (ISO 3166-1 alpha-2, any case).", example = "FR")
    public String country;

    @Schema(type = SchemaType.STRING, pattern = Identifiers.SLUG_PATTERN, maxLength = Identifiers.SLUG_MAX_LENGTH) @QueryParam("coalition")
    @Parameter(description = "Only commitments to this coalition (its slug).", example = "coalition-of-the-willing")
    public String coalition;

    @Schema(implementation = CommitmentCategory.class) @QueryParam("category")
    @Parameter(description = "Only this category: GROUND_FORCES, AIR, MARITIME, AIR_DEFENCE, TRAINING, EQUIPMENT, FINANCING, LOGISTICS, "
            + "SUPPORT_FORCES_NEIGHBOURING, MONITORING or OTHER (any case).", example = "GROUND_FORCES")
    public String category;

    @Schema(type = SchemaType.ARRAY, implementation = CommitmentStatus.class) @QueryParam("status")
    @Parameter(description = "Only these statuses: UNDER_CONSIDERATION, PLEDGED, CONFIRMED, DELIVERED or WITHDRAWN (any case); repeat "
            + "the parameter for any of several (`status=PLEDGED&status=CONFIRMED`). Given, it decides alone whether withdrawn commitments "
            + "appear.", explode = Explode.TRUE, style = ParameterStyle.FORM)
    public List<String> status;

    @Schema(implementation = CommitmentCondition.class) @QueryParam("condition")
    @Parameter(description = "Only commitments that have this condition among theirs: US_BACKSTOP, CEASEFIRE, PEACE_AGREEMENT, "
            + "PARLIAMENTARY_APPROVAL, UN_MANDATE or OTHER (any case).", example = "US_BACKSTOP")
    public String condition;

    @Schema(type = SchemaType.STRING, pattern = QueryParams.COUNTRY_CODE_PATTERN) @QueryParam("stationedIn")
    @Parameter(description = "Only commitments to be stationed in this country (ISO 3166-1 alpha-2, any case).", example = "PL")
    public String stationedIn;

    @Schema(type = SchemaType.STRING, format = "uuid") @QueryParam("event")
    @Parameter(description = "Only commitments announced at this event (its UUID in events-service).")
    public String event;

    @Schema(type = SchemaType.STRING, format = "date") @QueryParam("asOf")
    @Parameter(description = AS_OF_DESCRIPTION, example = "2025-09-04")
    public String asOf;

    @QueryParam("knownAt")
    @Parameter(description = KNOWN_AT_DESCRIPTION, example = "2025-09-05T08:00:00Z")
    public String knownAt;

    @Schema(type = SchemaType.BOOLEAN) @QueryParam("includeWithdrawn")
    @Parameter(description = "`true` or `false`: whether WITHDRAWN commitments are included. Default: `true` for the plain list (it is the "
            + "full record, so that syncing with `updatedSince` sees withdrawals), `false` with `asOf` and in the summary (they answer what "
            + "stood in the world). An explicit `status` filter overrides it.", example = "true")
    public String includeWithdrawn;

    @QueryParam("updatedSince")
    @Parameter(description = QueryParams.UPDATED_SINCE_DESCRIPTION + " With `knownAt`: versions written at or after it.")
    public String updatedSince;

    CommitmentFilter toFilter() {
        return new CommitmentFilter(
                QueryParams.countryCode("country", country),
                QueryParams.slug("coalition", coalition),
                QueryParams.enumValue("category", category, CommitmentCategory.class),
                QueryParams.enumValues("status", status, CommitmentStatus.class),
                QueryParams.enumValue("condition", condition, CommitmentCondition.class),
                QueryParams.countryCode("stationedIn", stationedIn),
                QueryParams.uuid("event", event),
                QueryParams.date("asOf", asOf),
                QueryParams.knownAt("knownAt", knownAt),
                QueryParams.bool("includeWithdrawn", includeWithdrawn),
                QueryParams.instantOrDate("updatedSince", updatedSince));
    }
}
