package org.coalitiontracker.countries.api;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.countries.domain.CountryService;
import org.coalitiontracker.countries.domain.Country;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.http.PagedResponses;
import org.coalitiontracker.kit.http.VersionedResponses;
import org.coalitiontracker.kit.openapi.PageSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/countries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Countries", description = "ISO 3166-1 countries with their current names, aliases and EU/NATO membership; read-only reference data.")
public class CountryResource {

    private final CountryService countries;

    public CountryResource(CountryService countries) {
        this.countries = countries;
    }

    @GET
    @Operation(operationId = "listCountries", summary = "List or search countries",
            description = "All ISO 3166-1 countries, sorted by alpha-2 code, one page at a time. `q` finds a country by any part of its "
                    + "name or of one of its aliases, ignoring case and accents: `turkey`, `Türkiye` and `turkiye` all find TR.")
    @APIResponse(responseCode = "200", description = "One page of countries; `Link` headers point to the next and previous pages.",
            content = @Content(schema = @Schema(implementation = CountryResource.CountryPage.class),
                    examples = @ExampleObject(name = "countries", value = CountryExamples.PAGE)))
    public RestResponse<Page<CountryView>> list(
            @BeanParam CountryFilterParams filter,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo) {
        Page<Country> found = countries.list(filter.toFilter(), PageRequest.parse(page, size));
        return PagedResponses.ok(found.map(CountryView::of), uriInfo);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCountry", summary = "Get a country", description = "One country by its ISO 3166-1 alpha-2 or alpha-3 code, in any case "
            + "(`TR`, `tr`, `TUR`), with its version in the `ETag` header. The answer always carries the alpha-2 `code`.")
    @APIResponse(responseCode = "200", description = "The country.",
            content = @Content(schema = @Schema(implementation = CountryView.class),
                    examples = @ExampleObject(name = "country", value = CountryExamples.VIEW)))
    public RestResponse<CountryView> get(
            @Parameter(description = "ISO 3166-1 alpha-2 or alpha-3 code, in any case.", example = "TUR") @PathParam("code") String code) {
        Country country = countries.findReadOnly(code);
        return VersionedResponses.ok(CountryView.of(country), country.version);
    }

    @Schema(name = "CountryPage", description = "One page of countries.")
    static final class CountryPage extends PageSchema {
        @Schema(description = "The countries on this page, sorted by alpha-2 code.")
        public List<CountryView> items;
    }
}
