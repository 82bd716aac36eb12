package org.coalitiontracker.countries.api;

import jakarta.ws.rs.QueryParam;

import org.coalitiontracker.countries.domain.CoalitionFilter;
import org.coalitiontracker.kit.http.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the coalition list. */
public class CoalitionFilterParams {

    @Schema(type = SchemaType.STRING, maxLength = 200) @QueryParam("q")
    @Parameter(description = "Text to find in the name or id, case-insensitively.")
    public String q;

    @QueryParam("updatedSince")
    @Parameter(description = QueryParams.UPDATED_SINCE_DESCRIPTION)
    public String updatedSince;

    CoalitionFilter toFilter() {
        return new CoalitionFilter(
                QueryParams.text("q", q, 200),
                QueryParams.instantOrDate("updatedSince", updatedSince));
    }
}
