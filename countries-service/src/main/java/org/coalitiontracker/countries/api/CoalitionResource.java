package org.coalitiontracker.countries.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.countries.CountriesServiceContract;
import org.coalitiontracker.countries.domain.Coalition;
import org.coalitiontracker.countries.domain.CoalitionFilter;
import org.coalitiontracker.countries.domain.CoalitionService;
import org.coalitiontracker.kit.claims.Claims;
import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.history.RecordedVersion;
import org.coalitiontracker.kit.http.EntityVersions;
import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.http.MergePatch;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.http.PagedResponses;
import org.coalitiontracker.kit.http.QueryParams;
import org.coalitiontracker.kit.http.VersionedResponses;
import org.coalitiontracker.kit.openapi.PageSchema;
import org.coalitiontracker.kit.openapi.RecordedVersionSchema;
import org.coalitiontracker.kit.stored.StoredRepresentation;
import org.coalitiontracker.kit.stored.StoredRepresentations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

@Path("/coalitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Coalitions", description = "Multinational coalitions, identified by a slug chosen by their creator.")
public class CoalitionResource {

    private static final String ID_DESCRIPTION = "The coalition's slug, such as `coalition-of-the-willing`.";
    private static final String KNOWN_AT = "knownAt";
    /** What may be claimed of a coalition besides its fields: the number of countries reported taking part. */
    private static final Map<String, Class<?>> CLAIM_ONLY = Map.of("reportedSize", Integer.class);

    private final CoalitionService coalitions;
    private final MergePatch mergePatch;
    private final HistoryResponses history;
    private final ObjectMapper mapper;
    private final Claims claims;
    private final StoredRepresentations representations;

    public CoalitionResource(CoalitionService coalitions, MergePatch mergePatch, HistoryResponses history, ObjectMapper mapper, Claims claims,
            StoredRepresentations representations) {
        this.coalitions = coalitions;
        this.representations = representations;
        this.mergePatch = mergePatch;
        this.history = history;
        this.mapper = mapper;
        this.claims = claims;
    }

    @GET
    @Operation(operationId = "listCoalitions", summary = "List coalitions", description = "All coalitions, sorted by id, one page at a time. "
            + "With `knownAt`, those the record held at that instant, each in the version it held then (the state its change event "
            + "published), filtered and sorted alike.")
    @APIResponse(responseCode = "200", description = "One page of coalitions; `Link` headers point to the next and previous pages.",
            content = @Content(schema = @Schema(implementation = CoalitionResource.CoalitionPage.class),
                    examples = @ExampleObject(name = "coalitions", value = CoalitionExamples.PAGE)))
    public RestResponse<Page<CoalitionView>> list(
            @BeanParam CoalitionFilterParams filter,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo) {
        CoalitionFilter parsed = filter.toFilter();
        PageRequest pageRequest = PageRequest.parse(page, size);
        if (parsed.knownAt().isPresent()) {
            return PagedResponses.ok(recordedCoalitions(parsed, pageRequest), uriInfo);
        }
        return PagedResponses.ok(coalitions.list(parsed, pageRequest).map(CoalitionView::of), uriInfo);
    }

    /**
     * The coalitions as the record held them at {@code knownAt}: their published states from the
     * record's history, filtered here as the database query filters the present (a service keeps
     * a handful of coalitions). In id order by code point, the key order the history returns and
     * the order of the present list.
     */
    private Page<CoalitionView> recordedCoalitions(CoalitionFilter filter, PageRequest page) {
        List<CoalitionView> found = history.allKnownAt(CountriesServiceContract.COALITIONS, "", filter.knownAt().orElseThrow()).stream()
                .map(recorded -> mapper.convertValue(recorded.state().orElseThrow(), CoalitionView.class))
                .filter(view -> filter.text().map(text -> contains(view.name(), text) || contains(view.id(), text)).orElse(true))
                .filter(view -> filter.asOf().map(day -> view.launchedOn() != null && !view.launchedOn().lastDay().isAfter(day)).orElse(true))
                .filter(view -> filter.updatedSince().map(since -> !view.updatedAt().isBefore(since)).orElse(true))
                .toList();
        return Page.slice(found, page);
    }

    private static boolean contains(String value, String text) {
        return value.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCoalition", summary = "Get a coalition", description = "One coalition, with its version in the `ETag` header. "
            + "With `knownAt`, the coalition as the record held it at that instant (the state its change event published, the same "
            + "fields as without it), with that version's `ETag`.")
    @APIResponse(responseCode = "200", description = "The coalition (with `knownAt`, as the record held it then).",
            content = @Content(schema = @Schema(implementation = CoalitionView.class),
                    examples = @ExampleObject(name = "coalition", value = CoalitionExamples.VIEW)))
    @APIResponse(responseCode = "404", description = "No such coalition; with `knownAt`, none in the record at that instant (not yet "
            + "created, or already deleted).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<?> get(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = HistoryResponses.KNOWN_AT_DESCRIPTION, example = "2025-09-05T08:00:00Z")
            @QueryParam(KNOWN_AT) String knownAt) {
        Optional<Instant> at = QueryParams.knownAt(KNOWN_AT, knownAt);
        String slug = Identifiers.slugOrNotFound(id, "coalition");
        if (at.isPresent()) {
            return history.knownAt(CountriesServiceContract.COALITIONS, slug, at.get(), "coalition");
        }
        // A coalition's representation is all its own: the stored text is the answer as it is.
        Optional<StoredRepresentation> stored = representations.find(CountriesServiceContract.COALITIONS, slug);
        if (stored.isPresent()) {
            return VersionedResponses.json(stored.get().json(), stored.get().version());
        }
        Coalition coalition = coalitions.findReadOnly(slug);
        return VersionedResponses.ok(CoalitionView.of(coalition), coalition.version);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getCoalitionHistory", summary = "A coalition's history", description = HistoryResponses.HISTORY_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of versions, oldest first; `Link` headers point to the next and previous pages.",
            content = @Content(schema = @Schema(implementation = CoalitionHistoryPage.class),
                    examples = @ExampleObject(name = "history", value = CoalitionExamples.HISTORY)))
    @APIResponse(responseCode = "404", description = "The record never held a coalition with this id.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<Page<RecordedVersion>> history(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo) {
        PageRequest pageRequest = PageRequest.parse(page, size);
        return history.history(CountriesServiceContract.COALITIONS, Identifiers.slugOrNotFound(id, "coalition"), pageRequest, uriInfo,
                "coalition");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCoalition", summary = "Create a coalition", description = "Creates a coalition under the id the client chose; 409 if that id is taken.")
    @RequestBody(description = "The new coalition.", required = true,
            content = @Content(examples = @ExampleObject(name = "coalition", value = CoalitionExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new coalition.",
            content = @Content(schema = @Schema(implementation = CoalitionView.class),
                    examples = @ExampleObject(name = "coalition", value = CoalitionExamples.VIEW)))
    @APIResponse(responseCode = "409", description = "A coalition with this id already exists.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<CoalitionView> create(@NotNull @Valid NewCoalitionBody body, @Context UriInfo uriInfo) {
        Coalition coalition = coalitions.create(body.id(), claims.settle(body, CLAIM_ONLY).details());
        URI location = uriInfo.getAbsolutePathBuilder().path(coalition.id).build();
        return VersionedResponses.created(location, CoalitionView.of(coalition), coalition.version);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceCoalition", summary = "Replace a coalition", description = "Replaces every field of the coalition; fields left out become empty.")
    @RequestBody(description = "The coalition's full new state.", required = true,
            content = @Content(examples = @ExampleObject(name = "coalition", value = CoalitionExamples.UPDATE)))
    @APIResponse(responseCode = "200", description = "The coalition as stored now, with its new `ETag`.",
            content = @Content(schema = @Schema(implementation = CoalitionView.class),
                    examples = @ExampleObject(name = "coalition", value = CoalitionExamples.VIEW)))
    public RestResponse<CoalitionView> replace(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = EntityVersions.IF_MATCH_DESCRIPTION) @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @NotNull @Valid CoalitionBody body) {
        Coalition coalition = coalitions.replace(Identifiers.slugOrNotFound(id, "coalition"), ifMatch, claims.settle(body, CLAIM_ONLY).details());
        return VersionedResponses.ok(CoalitionView.of(coalition), coalition.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(operationId = "patchCoalition", summary = "Change some fields of a coalition",
            description = "An RFC 7396 JSON merge patch: fields given replace the stored ones, `null` clears a field, fields left out stay.")
    @RequestBody(description = "The fields to change.", required = true,
            content = @Content(schema = @Schema(implementation = CoalitionBody.class),
                    examples = @ExampleObject(name = "patch", value = CoalitionExamples.PATCH)))
    @APIResponse(responseCode = "200", description = "The coalition as stored now, with its new `ETag`.",
            content = @Content(schema = @Schema(implementation = CoalitionView.class),
                    examples = @ExampleObject(name = "coalition", value = CoalitionExamples.VIEW)))
    public RestResponse<CoalitionView> patch(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = EntityVersions.IF_MATCH_DESCRIPTION) @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @NotNull ObjectNode patch) throws JsonProcessingException {
        String slug = Identifiers.slugOrNotFound(id, "coalition");
        CoalitionBody merged = mergePatch.apply(CoalitionBody.of(coalitions.findReadOnly(slug)), patch, CoalitionBody.class);
        Coalition coalition = coalitions.replace(slug, ifMatch, claims.settle(merged, CLAIM_ONLY).details());
        return VersionedResponses.ok(CoalitionView.of(coalition), coalition.version);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteCoalition", summary = "Delete a coalition",
            description = "Deletes the coalition and, with it, all its memberships: they cannot outlive the coalition and are gone "
                    + "from `/coalitions/{id}/members` at once.")
    @APIResponse(responseCode = "204", description = "Deleted, together with its memberships.")
    public RestResponse<Void> delete(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = EntityVersions.IF_MATCH_DESCRIPTION) @HeaderParam(EntityVersions.IF_MATCH) String ifMatch) {
        coalitions.delete(Identifiers.slugOrNotFound(id, "coalition"), ifMatch);
        return RestResponse.noContent();
    }

    @Schema(name = "CoalitionPage", description = "One page of coalitions.")
    static final class CoalitionPage extends PageSchema {
        @Schema(description = "The coalitions on this page, sorted by id.")
        public List<CoalitionView> items;
    }

    @Schema(name = "CoalitionVersion", description = "One version of a coalition in its history.")
    static final class CoalitionVersion extends RecordedVersionSchema {
        @Schema(description = "The coalition as this version left it: the state its change event published, the same fields as "
                + "`GET /coalitions/{id}` answers. Absent for DELETED.")
        public CoalitionView state;
    }

    @Schema(name = "CoalitionHistoryPage", description = "One page of a coalition's versions.")
    static final class CoalitionHistoryPage extends PageSchema {
        @Schema(description = "The versions on this page, oldest first.")
        public List<CoalitionVersion> items;
    }
}
