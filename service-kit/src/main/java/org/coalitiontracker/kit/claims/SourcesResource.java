package org.coalitiontracker.kit.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.http.PagedResponses;
import org.coalitiontracker.kit.http.QueryParams;
import org.coalitiontracker.kit.openapi.PageSchema;
import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.source.Source;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Every source this service's records and claims cite, and what rests on each. */
@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources and disputes")
@Transactional(Transactional.TxType.SUPPORTS)
public class SourcesResource {

    private final ClaimsCatalog catalog;

    public SourcesResource(ClaimsCatalog catalog) {
        this.catalog = catalog;
    }

    public static class SourcePage extends PageSchema {
        @Schema(description = "The sources on this page.")
        public List<CitedSource> items;
    }

    public static class CitationPage extends PageSchema {
        @Schema(description = "The citations on this page.")
        public List<Citation> items;
    }

    @GET
    @Operation(operationId = "listSources", summary = "List the sources cited",
            description = "Every distinct source the records of this service and their claims cite, with how many records and claims rest "
                    + "on it. One source is one URL, or, without a URL, one title, publisher and date. Ordered by title, then id.")
    @APIResponse(responseCode = "200", description = "One page of sources; `Link` headers point to the next and previous pages.",
            content = @Content(schema = @Schema(implementation = SourcePage.class), examples = @ExampleObject(name = "sources", value = """
                    {"items": [{"id": "hq1Vh0m4yOZ9bQ2tQ3v3JQ", "title": "Leaders meet on Ukraine's security", "publisher": "Reuters",
                                "publishedOn": "2025-09-04", "records": 12, "claims": 1}],
                     "page": 0, "size": 50, "total": 1}""")))
    @APIResponse(responseCode = "400", description = "A malformed filter or paging parameter.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<Page<CitedSource>> sources(
            @Parameter(description = ClaimsCatalog.COALITION_DESCRIPTION)
            @Schema(type = SchemaType.STRING, pattern = Identifiers.SLUG_PATTERN, maxLength = Identifiers.SLUG_MAX_LENGTH)
            @QueryParam("coalition") String coalition,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo) {
        Optional<String> ofCoalition = QueryParams.slug("coalition", coalition);
        PageRequest pageRequest = PageRequest.parse(page, size);
        Map<String, Source> sources = new LinkedHashMap<>();
        Map<String, long[]> counts = new LinkedHashMap<>();
        catalog.records(Optional.empty(), ofCoalition, false).forEach(record -> {
            record.sources().stream().map(source -> count(source, sources, counts)).distinct().forEach(id -> counts.get(id)[0]++);
            record.claims().forEach(claim -> claim.sources().stream().map(source -> count(source, sources, counts)).distinct()
                    .forEach(id -> counts.get(id)[1]++));
        });
        List<CitedSource> cited = sources.entrySet().stream()
                .map(entry -> new CitedSource(entry.getKey(), entry.getValue().title(), entry.getValue().publisher(), entry.getValue().url(),
                        entry.getValue().publishedOn(), counts.get(entry.getKey())[0], counts.get(entry.getKey())[1]))
                .sorted(Comparator.comparing(CitedSource::title).thenComparing(CitedSource::id))
                .toList();
        return PagedResponses.ok(Page.slice(cited, pageRequest), uriInfo);
    }

    @GET
    @Path("/{sourceId}/citations")
    @Operation(operationId = "listCitations", summary = "List what rests on a source",
            description = "The records that cite the source for themselves, and the claims that cite it, ordered by record type, record id, "
                    + "then field (a record's own citation first). A retracted report can so be traced to every fact that leans on it.")
    @APIResponse(responseCode = "200", description = "One page of citations; `Link` headers point to the next and previous pages.",
            content = @Content(schema = @Schema(implementation = CitationPage.class), examples = @ExampleObject(name = "citations", value = """
                    {"items": [{"recordType": "agreement", "id": "paris-declaration", "link": "/agreements/paris-declaration",
                                "coalition": "coalition-of-the-willing", "field": "signedOn", "value": "2024-01-06", "rank": "DEPRECATED"}],
                     "page": 0, "size": 50, "total": 1}""")))
    @APIResponse(responseCode = "404", description = "No record or claim of this service cites such a source.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<Page<Citation>> citations(
            @Parameter(description = "The source's id, as `GET /sources` gives it.") @PathParam("sourceId") String sourceId,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo) {
        PageRequest pageRequest = PageRequest.parse(page, size);
        List<Citation> citations = new ArrayList<>();
        catalog.records(Optional.empty(), Optional.empty(), false).forEach(record -> {
            if (record.sources().stream().anyMatch(source -> CitedSource.idOf(source).equals(sourceId))) {
                citations.add(new Citation(record.recordType(), record.id(), record.link(), record.coalition().orElse(null), null, null, null));
            }
            record.claims().stream().filter(claim -> claim.sources().stream().anyMatch(source -> CitedSource.idOf(source).equals(sourceId)))
                    .sorted(Comparator.comparing(Claim::field))
                    .forEach(claim -> citations.add(new Citation(record.recordType(), record.id(), record.link(), record.coalition().orElse(null),
                            claim.field(), claim.value(), claim.rank())));
        });
        if (citations.isEmpty()) {
            throw ProblemException.notFound("No record or claim of this service cites a source '" + sourceId + "'.");
        }
        return PagedResponses.ok(Page.slice(citations, pageRequest), uriInfo);
    }

    private static String count(Source source, Map<String, Source> sources, Map<String, long[]> counts) {
        String id = CitedSource.idOf(source);
        sources.putIfAbsent(id, source);
        counts.putIfAbsent(id, new long[2]);
        return id;
    }
}
