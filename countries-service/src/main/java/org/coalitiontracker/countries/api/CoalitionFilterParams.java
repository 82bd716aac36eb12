package org.coalitiontracker.countries.api;

import jakarta.ws.rs.QueryParam;

import org.coalitiontracker.countries.domain.CoalitionFilter;
import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.http.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the coalition list. */
public class CoalitionFilterParams {

    @Schema(type = SchemaType.STRING, maxLength = 200) @QueryParam("q")
    @Parameter(description = "Text to find in the name or id, case-insensitively.")
    public String q;

    @Schema(type = SchemaType.STRING, format = "date") @QueryParam("asOf")
    @Parameter(description = QueryParams.AS_OF_DESCRIPTION + " Only coalitions launched by that day; one whose launch has no date "
            + "counts for no day.", example = "2025-09-04")
    public String asOf;

    @QueryParam("knownAt")
    @Parameter(description = HistoryResponses.KNOWN_AT_DESCRIPTION + " The coalitions then in the record, each in the version it held "
            + "then; combines with `asOf` and the other filters.", example = "2025-09-05T08:00:00Z")
    public String knownAt;

    @QueryParam("updatedSince")
    @Parameter(description = QueryParams.UPDATED_SINCE_DESCRIPTION)
    public String updatedSince;

    CoalitionFilter toFilter() {
        return new CoalitionFilter(
                QueryParams.text("q", q, 200),
                QueryParams.date("asOf", asOf),
                QueryParams.knownAt("knownAt", knownAt),
                QueryParams.instantOrDate("updatedSince", updatedSince));
    }
}
