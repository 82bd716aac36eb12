package org.coalitiontracker.countries.api;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.countries.domain.CountryService;
import org.coalitiontracker.countries.domain.Country;
import org.coalitiontracker.countries.domain.CountryFilter;
import org.coalitiontracker.kit.export.ExportFormat;
import org.coalitiontracker.kit.export.Exports;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.http.PagedResponses;
import org.coalitiontracker.kit.http.VersionedResponses;
import org.coalitiontracker.kit.openapi.PageSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
    private final Exports exports;

    public CountryResource(CountryService countries, Exports exports) {
        this.countries = countries;
        this.exports = exports;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE })
    @Operation(operationId = "listCountries", summary = "List, search or export countries",
            description = "All ISO 3166-1 countries, sorted by alpha-2 code, one page at a time. `q` finds a country by any part of its "
                    + "name or of one of its aliases, ignoring case and accents: `turkey`, `Türkiye` and `turkiye` all find TR."
                    + Exports.LIST_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of countries; `Link` headers point to the next and previous pages. "
            + Exports.CSV_DESCRIPTION + " " + Exports.NDJSON_DESCRIPTION,
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryResource.CountryPage.class),
                            examples = @ExampleObject(name = "countries", value = CountryExamples.PAGE)),
                    @Content(mediaType = ExportFormat.CSV_TYPE,
                            schema = @Schema(type = SchemaType.STRING, description = Exports.CSV_SCHEMA_DESCRIPTION),
                            examples = @ExampleObject(name = "one country", value = CountryExamples.CSV)),
                    @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = CountryView.class),
                            examples = @ExampleObject(name = "two countries, some fields left out here", value = CountryExamples.NDJSON)) })
    public Response list(
            @BeanParam CountryFilterParams filter,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo,
            @Context HttpHeaders headers) {
        CountryFilter parsed = filter.toFilter();
        Optional<ExportFormat> export = ExportFormat.requested(headers.getAcceptableMediaTypes());
        if (export.isPresent()) {
            Exports.refusePaging(page, size);
            return exports.response(export.get(), CountryView.class, CountryView.CSV,
                    () -> exports.inBatches(countries.stream(parsed), batch -> batch.stream().map(CountryView::of).toList()));
        }
        Page<Country> found = countries.list(parsed, PageRequest.parse(page, size));
        return PagedResponses.ok(found.map(CountryView::of), uriInfo).toResponse();
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
