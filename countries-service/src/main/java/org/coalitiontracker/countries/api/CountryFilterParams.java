package org.coalitiontracker.countries.api;

import jakarta.ws.rs.QueryParam;

import org.coalitiontracker.countries.domain.Bloc;
import org.coalitiontracker.countries.domain.CountryFilter;
import org.coalitiontracker.kit.http.QueryParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the country list. */
public class CountryFilterParams {

    @Schema(type = SchemaType.STRING, maxLength = 200) @QueryParam("q")
    @Parameter(description = "Text to find in the name or an alias, ignoring case and accents; up to 200 characters.", example = "turkiye")
    public String q;

    @Schema(implementation = Bloc.class) @QueryParam("bloc")
    @Parameter(description = "Only countries in this bloc: `EU` or `NATO`, in any case.")
    public String bloc;

    @QueryParam("updatedSince")
    @Parameter(description = QueryParams.UPDATED_SINCE_DESCRIPTION)
    public String updatedSince;

    CountryFilter toFilter() {
        return new CountryFilter(
                QueryParams.text("q", q, 200),
                QueryParams.enumValue("bloc", bloc, Bloc.class),
                QueryParams.instantOrDate("updatedSince", updatedSince));
    }
}
