package org.coalitiontracker.commitments.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.commitments.CommitmentsServiceContract;
import org.coalitiontracker.commitments.domain.Commitment;
import org.coalitiontracker.commitments.domain.CommitmentFilter;
import org.coalitiontracker.commitments.domain.CommitmentQueries;
import org.coalitiontracker.commitments.domain.CommitmentService;
import org.coalitiontracker.commitments.domain.CommitmentSnapshot;
import org.coalitiontracker.commitments.domain.CommitmentStatus;
import org.coalitiontracker.commitments.readcopy.ReferenceNameLookup;
import org.coalitiontracker.commitments.readcopy.ReferenceNames;
import org.coalitiontracker.kit.claims.Claims;
import org.coalitiontracker.kit.export.ExportFormat;
import org.coalitiontracker.kit.export.Exports;
import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.http.EntityVersions;
import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.http.MergePatch;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.http.PagedResponses;
import org.coalitiontracker.kit.http.QueryParams;
import org.coalitiontracker.kit.http.VersionedResponses;
import org.coalitiontracker.kit.openapi.PageSchema;
import org.coalitiontracker.kit.stored.StoredRepresentation;
import org.coalitiontracker.kit.stored.StoredRepresentations;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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

@Path("/commitments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commitments", description = "What each country commits to a coalition (forces, money, equipment...), under which conditions, "
        + "and how its status changed over time.")
public class CommitmentResource {

    static final String ID_DESCRIPTION = "The commitment's id, a UUID the server assigned when it was created.";

    private static final String REFERENCE_RULES = "`countryCode` must be an ACTIVE member of coalition `coalitionId`, and "
            + "`announcedAtEventId`, when given, must name an existing event; `errors` names the field. These are checked against "
            + "countries-service and events-service (their data as this service last received it, or asked of them when it has not "
            + "yet received it).";
    private static final String CREATE_RULE_VIOLATED = "The body breaks a rule: " + REFERENCE_RULES;
    private static final String CHANGE_RULE_VIOLATED = "The status change is not allowed, or the body breaks another rule: when the "
            + "country, coalition or event changes, " + REFERENCE_RULES;
    private static final String OWNER_UNAVAILABLE = "The country's membership or the event could not be confirmed because countries-service "
            + "or events-service could not be reached; nothing was written. Retry shortly.";

    private final CommitmentService commitments;
    private final CommitmentQueries queries;
    private final MergePatch mergePatch;
    private final ReferenceNameLookup names;
    private final Claims claims;
    private final Exports exports;
    private final StoredRepresentations representations;
    private final ObjectMapper mapper;

    public CommitmentResource(CommitmentService commitments, CommitmentQueries queries, MergePatch mergePatch, ReferenceNameLookup names,
            Claims claims, Exports exports, StoredRepresentations representations, ObjectMapper mapper) {
        this.representations = representations;
        this.mapper = mapper;
        this.claims = claims;
        this.exports = exports;
        this.commitments = commitments;
        this.queries = queries;
        this.mergePatch = mergePatch;
        this.names = names;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE })
    @Operation(operationId = "listCommitments", summary = "List or export commitments",
            description = "Commitments matching every filter given, sorted by `announcedOn` (by the day it counts from, oldest first, those "
                    + "without a date last), then by country, category and id; one page at a time. Without `asOf` and `knownAt` the list is the present record, withdrawn commitments included; "
                    + "`asOf` answers what stood in the world on a day, `knownAt` what the record held at an instant, and both combine."
                    + Exports.LIST_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of commitments; `Link` headers point to the next and previous pages. "
            + Exports.CSV_DESCRIPTION + " " + Exports.NDJSON_DESCRIPTION,
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitmentPage.class),
                            examples = @ExampleObject(name = "commitments", value = CommitmentExamples.PAGE)),
                    @Content(mediaType = ExportFormat.CSV_TYPE,
                            schema = @Schema(type = SchemaType.STRING, description = Exports.CSV_SCHEMA_DESCRIPTION),
                            examples = @ExampleObject(name = "one commitment", value = CommitmentExamples.CSV)),
                    @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = CommitmentView.class),
                            examples = @ExampleObject(name = "two commitments, most fields left out here",
                                    value = CommitmentExamples.NDJSON)) })
    public Response list(
            @BeanParam CommitmentFilterParams filter,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo,
            @Context HttpHeaders headers) {
        CommitmentFilter parsed = filter.toFilter();
        Optional<ExportFormat> export = ExportFormat.requested(headers.getAcceptableMediaTypes());
        if (export.isPresent()) {
            Exports.refusePaging(page, size);
            return exports.response(export.get(), CommitmentView.class, CommitmentView.CSV, () -> {
                Function<Collection<CommitmentSnapshot>, ReferenceNames> exportNames = names.remembering();
                return exports.inBatches(queries.stream(parsed), batch -> {
                    ReferenceNames batchNames = exportNames.apply(batch);
                    return batch.stream().map(commitment -> CommitmentView.of(commitment, batchNames)).toList();
                });
            });
        }
        Page<CommitmentSnapshot> found = queries.list(parsed, PageRequest.parse(page, size));
        ReferenceNames pageNames = names.of(found.items());
        return PagedResponses.ok(found.map(commitment -> CommitmentView.of(commitment, pageNames)), uriInfo).toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCommitment", summary = "Get a commitment",
            description = "One commitment, with its version in the `ETag` header: as the record holds it now, or at `knownAt`; with "
                    + "`asOf`, with the status in force on that day.")
    @APIResponse(responseCode = "200", description = "The commitment.",
            content = @Content(schema = @Schema(implementation = CommitmentView.class),
                    examples = @ExampleObject(name = "commitment", value = CommitmentExamples.VIEW)))
    @APIResponse(responseCode = "404", description = "No such commitment; or none in the record at `knownAt`; or its timeline had not "
            + "begun by `asOf`.", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<?> get(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = QueryParams.AS_OF_DESCRIPTION + " The commitment's `status` is the one then in force.", example = "2025-09-04")
            @Schema(type = SchemaType.STRING, format = "date") @QueryParam("asOf") String asOf,
            @Parameter(description = HistoryResponses.KNOWN_AT_DESCRIPTION, example = "2025-09-05T08:00:00Z") @QueryParam("knownAt") String knownAt) {
        UUID commitmentId = Identifiers.uuidOrNotFound(id, "commitment");
        Optional<LocalDate> day = QueryParams.date("asOf", asOf);
        Optional<Instant> at = QueryParams.knownAt("knownAt", knownAt);
        if (day.isEmpty() && at.isEmpty()) {
            Optional<StoredRepresentation> stored = representations.find(CommitmentsServiceContract.COMMITMENTS, commitmentId.toString(),
                    CommitmentView.NAMES);
            if (stored.isPresent()) {
                return VersionedResponses.json(CommitmentView.withNames(stored.get(), mapper), stored.get().version());
            }
        }
        CommitmentSnapshot snapshot = queries.find(commitmentId, day, at);
        return VersionedResponses.ok(CommitmentView.of(snapshot, names.of(snapshot)), snapshot.version());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCommitment", summary = "Record a commitment",
            description = "Records a commitment under an id the server assigns; its history starts with version 0. Any status is accepted "
                    + "here, since a commitment may be recorded after it progressed.")
    @RequestBody(description = "The new commitment.", required = true,
            content = @Content(examples = {
                    @ExampleObject(name = "ground forces", value = CommitmentExamples.INPUT),
                    @ExampleObject(name = "financing", value = CommitmentExamples.FINANCING_INPUT) }))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new commitment.",
            content = @Content(schema = @Schema(implementation = CommitmentView.class),
                    examples = @ExampleObject(name = "commitment", value = CommitmentExamples.VIEW)))
    @APIResponse(responseCode = "422", description = CREATE_RULE_VIOLATED,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = OWNER_UNAVAILABLE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<CommitmentView> create(@NotNull @Valid CommitmentBody body, @Context UriInfo uriInfo) {
        Commitment commitment = commitments.create(claims.settle(body, Map.of()).details());
        URI location = uriInfo.getAbsolutePathBuilder().path(commitment.id.toString()).build();
        return VersionedResponses.created(location, view(commitment), commitment.version);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceCommitment", summary = "Replace a commitment",
            description = "Replaces every field of the commitment; optional fields left out become empty. A change adds a version to the "
                    + "history; a body equal to the stored commitment changes nothing, not even the version. " + CommitmentStatus.TRANSITIONS)
    @RequestBody(description = "The commitment's full new state.", required = true,
            content = @Content(examples = @ExampleObject(name = "commitment", value = CommitmentExamples.INPUT)))
    @APIResponse(responseCode = "200", description = "The commitment as stored now, with its new `ETag`.",
            content = @Content(schema = @Schema(implementation = CommitmentView.class),
                    examples = @ExampleObject(name = "commitment", value = CommitmentExamples.VIEW)))
    @APIResponse(responseCode = "422", description = CHANGE_RULE_VIOLATED,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = OWNER_UNAVAILABLE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<CommitmentView> replace(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = EntityVersions.IF_MATCH_DESCRIPTION) @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @NotNull @Valid CommitmentBody body) {
        Commitment commitment = commitments.replace(Identifiers.uuidOrNotFound(id, "commitment"), ifMatch, claims.settle(body, Map.of()).details());
        return VersionedResponses.ok(view(commitment), commitment.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(operationId = "patchCommitment", summary = "Change some fields of a commitment",
            description = "An RFC 7396 JSON merge patch: fields given replace the stored ones, `null` clears a field, fields left out stay, "
                    + "`amount` merges field by field. The result must be a valid commitment, exactly as for PUT. " + CommitmentStatus.TRANSITIONS)
    @RequestBody(description = "The fields to change.", required = true,
            content = @Content(schema = @Schema(implementation = CommitmentBody.class),
                    examples = {
                            @ExampleObject(name = "confirm", value = CommitmentExamples.PATCH),
                            @ExampleObject(name = "date the timeline", value = CommitmentExamples.TIMELINE_PATCH) }))
    @APIResponse(responseCode = "200", description = "The commitment as stored now, with its new `ETag`.",
            content = @Content(schema = @Schema(implementation = CommitmentView.class),
                    examples = @ExampleObject(name = "commitment", value = CommitmentExamples.VIEW)))
    @APIResponse(responseCode = "422", description = CHANGE_RULE_VIOLATED,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = OWNER_UNAVAILABLE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<CommitmentView> patch(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = EntityVersions.IF_MATCH_DESCRIPTION) @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @NotNull ObjectNode patch) throws JsonProcessingException {
        Commitment current = commitments.findReadOnly(Identifiers.uuidOrNotFound(id, "commitment"));
        CommitmentBody merged = mergePatch.apply(CommitmentBody.of(current.state.details()), patch, CommitmentBody.class);
        Commitment commitment = commitments.replace(current.id, ifMatch, claims.settle(merged, Map.of()).details());
        return VersionedResponses.ok(view(commitment), commitment.version);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteCommitment", summary = "Delete a commitment",
            description = "Deletes the commitment from the present record, for a record made in error. Its history stays, ending with "
                    + "the deletion, and `knownAt` before the deletion still finds it. To record that a country withdrew a commitment, add "
                    + "a WITHDRAWN step to its timeline instead.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = EntityVersions.IF_MATCH_DESCRIPTION) @HeaderParam(EntityVersions.IF_MATCH) String ifMatch) {
        commitments.delete(Identifiers.uuidOrNotFound(id, "commitment"), ifMatch);
        return RestResponse.noContent();
    }

    private CommitmentView view(Commitment commitment) {
        CommitmentSnapshot snapshot = commitment.snapshot();
        return CommitmentView.of(snapshot, names.of(snapshot));
    }

    @Schema(name = "CommitmentPage", description = "One page of commitments.")
    static final class CommitmentPage extends PageSchema {
        @Schema(description = "The commitments on this page, sorted by `announcedOn` (those without one last), then by country, "
                + "category and id.")
        public List<CommitmentView> items;
    }
}
