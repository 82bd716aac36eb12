package org.coalitiontracker.countries.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import org.coalitiontracker.countries.CountriesServiceContract;
import org.coalitiontracker.countries.domain.CoalitionService;
import org.coalitiontracker.countries.domain.Membership;
import org.coalitiontracker.countries.domain.MembershipFilter;
import org.coalitiontracker.countries.domain.MembershipService;
import org.coalitiontracker.countries.readcopy.MemberActivity;
import org.coalitiontracker.kit.claims.Claims;
import org.coalitiontracker.kit.export.ExportFormat;
import org.coalitiontracker.kit.export.Exports;
import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.history.RecordedVersion;
import org.coalitiontracker.kit.http.EntityVersions;
import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.http.PagedResponses;
import org.coalitiontracker.kit.http.QueryParams;
import org.coalitiontracker.kit.http.VersionedResponses;
import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.openapi.PageSchema;
import org.coalitiontracker.kit.openapi.RecordedVersionSchema;
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

import com.fasterxml.jackson.databind.ObjectMapper;

@Path("/coalitions/{id}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Memberships", description = "Which countries belong to a coalition, over which period, in what role and with which stances.")
public class MembershipResource {

    private static final String ID_DESCRIPTION = "The coalition's slug, such as `coalition-of-the-willing`.";
    private static final String COUNTRY_DESCRIPTION = "The member country's ISO 3166-1 alpha-2 or alpha-3 code, in any case "
            + "(`FR`, `fr`, `FRA`); answers always carry the alpha-2 code. A code that is malformed or names no country is a 422 "
            + "on `PUT` (nothing to add) and a 404 on `GET` and `DELETE` (no such member).";
    private static final String COUNTRY_PROBLEM = """
            { "type": "urn:coalition-tracker:problem:rule-violated", "title": "Business rule violated", "status": 422,
              "detail": "'ZZ' is not an ISO 3166-1 country code",
              "errors": [ { "field": "countryCode", "message": "'ZZ' is not an ISO 3166-1 country code" } ] }""";

    private static final String KNOWN_AT = "knownAt";
    private static final String RECORDED_STATE = "what its change event published: every field of the membership, but not "
            + "`commitmentSummary` and `events`, which are not part of the membership but looked up in this service's read copies "
            + "when it is shown";

    private final MembershipService memberships;
    private final MemberActivity activity;
    private final HistoryResponses history;
    private final ObjectMapper mapper;
    private final Claims claims;
    private final CoalitionService coalitions;
    private final Exports exports;

    public MembershipResource(MembershipService memberships, MemberActivity activity, HistoryResponses history, ObjectMapper mapper,
            Claims claims, CoalitionService coalitions, Exports exports) {
        this.memberships = memberships;
        this.coalitions = coalitions;
        this.exports = exports;
        this.activity = activity;
        this.history = history;
        this.mapper = mapper;
        this.claims = claims;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE })
    @Operation(operationId = "listMemberships", summary = "List or export a coalition's members",
            description = "The coalition's memberships, sorted by country code, one page at a time; every filter given narrows the list. "
                    + "`asOf` answers who was a member on a day in the world, with the role and stances then in force: those whose "
                    + "`joinedOn` counts by then and whose `leftOn`, if any, does not (a month or a year counts from its last day). A "
                    + "membership without `joinedOn` is a member as of no date, since when it began is unknown." + Exports.LIST_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of memberships; `Link` headers point to the next and previous pages. "
            + Exports.CSV_DESCRIPTION + " " + Exports.NDJSON_DESCRIPTION,
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MembershipResource.MembershipPage.class),
                            examples = @ExampleObject(name = "members", value = MembershipExamples.PAGE)),
                    @Content(mediaType = ExportFormat.CSV_TYPE,
                            schema = @Schema(type = SchemaType.STRING, description = Exports.CSV_SCHEMA_DESCRIPTION),
                            examples = @ExampleObject(name = "one member", value = MembershipExamples.CSV)),
                    @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = MembershipView.class),
                            examples = @ExampleObject(name = "two members, most fields left out here", value = MembershipExamples.NDJSON)) })
    public Response list(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @BeanParam MembershipFilterParams filter,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo,
            @Context HttpHeaders headers) {
        MembershipFilter parsed = filter.toFilter();
        String coalitionId = Identifiers.slugOrNotFound(id, "coalition");
        Optional<ExportFormat> export = ExportFormat.requested(headers.getAcceptableMediaTypes());
        if (export.isPresent()) {
            Exports.refusePaging(page, size);
            // The 404 comes before the 200 that starts the export.
            parsed.knownAt().ifPresentOrElse(at -> history.versionKnownAt(CountriesServiceContract.COALITIONS, coalitionId, at, "coalition"),
                    () -> coalitions.findReadOnly(coalitionId));
            return exports.response(export.get(), MembershipView.class, MembershipView.CSV, () -> parsed.knownAt().isPresent()
                    ? recordedMembers(coalitionId, parsed).stream()
                    : exports.inBatches(memberships.stream(coalitionId, parsed),
                            batch -> batch.stream().map(membership -> MembershipView.of(membership, parsed.asOf())).toList()));
        }
        PageRequest pageRequest = PageRequest.parse(page, size);
        if (parsed.knownAt().isPresent()) {
            return PagedResponses.ok(Page.slice(recordedMembers(coalitionId, parsed), pageRequest), uriInfo).toResponse();
        }
        Page<Membership> found = memberships.list(coalitionId, parsed, pageRequest);
        return PagedResponses.ok(found.map(membership -> MembershipView.of(membership, parsed.asOf())), uriInfo).toResponse();
    }

    /**
     * The members as the record held them at {@code knownAt}: from the record's history, which
     * holds each member's published state, filtered here (a coalition has a few dozen members).
     */
    private List<MembershipView> recordedMembers(String coalitionId, MembershipFilter filter) {
        Instant at = filter.knownAt().orElseThrow();
        history.versionKnownAt(CountriesServiceContract.COALITIONS, coalitionId, at, "coalition");
        return history.allKnownAt(CountriesServiceContract.MEMBERSHIPS, Membership.eventKey(coalitionId, ""), at)
                .stream()
                .map(recorded -> mapper.convertValue(recorded.state().orElseThrow(), MembershipView.class))
                .flatMap(view -> filter.asOf().map(day -> view.asOf(day).stream()).orElse(Stream.of(view)))
                .filter(view -> filter.role().map(role -> role == view.role()).orElse(true))
                .filter(view -> filter.status().map(status -> status == view.status()).orElse(true))
                .filter(view -> filter.bloc().map(bloc -> view.blocs().contains(bloc)).orElse(true))
                .filter(view -> filter.updatedSince().map(since -> !view.updatedAt().isBefore(since)).orElse(true))
                .toList();
    }

    @GET
    @Path("/{countryCode}")
    @Operation(operationId = "getMembership", summary = "Get a membership", description = "One country's membership of the coalition, with its version in the `ETag` header, "
            + "its commitments to the coalition counted by category and status, and the events it took part in (both from the read copies). "
            + "With `knownAt`, the membership as the record held it at that instant, with that version's `ETag`: " + RECORDED_STATE
            + "; those two fields are left out then.")
    @APIResponse(responseCode = "200", description = "The membership (with `knownAt`, as the record held it then, without "
            + "`commitmentSummary` and `events`).",
            content = @Content(schema = @Schema(implementation = MembershipView.class),
                    examples = @ExampleObject(name = "member", value = MembershipExamples.VIEW)))
    @APIResponse(responseCode = "404", description = "No such coalition, country or membership; with `knownAt`, no such membership in "
            + "the record at that instant (not yet added, or already removed).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<?> get(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = COUNTRY_DESCRIPTION) @PathParam("countryCode") String countryCode,
            @Parameter(description = QueryParams.AS_OF_DESCRIPTION + " The role and stances are those then in force; 404 if the country "
                    + "was not a member that day.", example = "2025-09-04")
            @Schema(type = SchemaType.STRING, format = "date") @QueryParam("asOf") String asOf,
            @Parameter(description = HistoryResponses.KNOWN_AT_DESCRIPTION, example = "2025-09-05T08:00:00Z")
            @QueryParam(KNOWN_AT) String knownAt) {
        Optional<Instant> at = QueryParams.knownAt(KNOWN_AT, knownAt);
        Optional<LocalDate> day = QueryParams.date("asOf", asOf);
        String coalitionId = Identifiers.slugOrNotFound(id, "coalition");
        if (at.isPresent()) {
            RecordedVersion recorded = history.versionKnownAt(CountriesServiceContract.MEMBERSHIPS,
                    memberships.eventKey(coalitionId, countryCode), at.get(), "membership");
            if (day.isEmpty()) {
                return VersionedResponses.ok(recorded.state().orElseThrow(), recorded.version());
            }
            MembershipView then = mapper.convertValue(recorded.state().orElseThrow(), MembershipView.class);
            return VersionedResponses.ok(then.asOf(day.get()).orElseThrow(() -> notAMemberOn(countryCode, coalitionId, day.get())),
                    recorded.version());
        }
        Membership membership = memberships.findReadOnly(coalitionId, countryCode);
        MembershipView present = MembershipView.of(membership).withActivity(
                activity.commitments(membership.coalitionId, membership.countryCode), activity.events(membership.countryCode));
        MembershipView view = day.isEmpty() ? present
                : present.asOf(day.get()).orElseThrow(() -> notAMemberOn(countryCode, coalitionId, day.get()));
        return VersionedResponses.ok(view, membership.version);
    }

    private static ProblemException notAMemberOn(String countryCode, String coalitionId, LocalDate day) {
        return ProblemException.notFound("'" + countryCode + "' was not a member of coalition '" + coalitionId + "' on " + day + ".");
    }

    @GET
    @Path("/{countryCode}/history")
    @Operation(operationId = "getMembershipHistory", summary = "A membership's history", description = HistoryResponses.HISTORY_DESCRIPTION
            + " The state of each version is " + RECORDED_STATE + ". Removing a membership, or deleting its coalition, is its deletion.")
    @APIResponse(responseCode = "200", description = "One page of versions, oldest first; `Link` headers point to the next and previous pages.",
            content = @Content(schema = @Schema(implementation = MembershipHistoryPage.class),
                    examples = @ExampleObject(name = "history", value = MembershipExamples.HISTORY)))
    @APIResponse(responseCode = "404", description = "The record never held this country's membership of this coalition.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<Page<RecordedVersion>> history(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = COUNTRY_DESCRIPTION) @PathParam("countryCode") String countryCode,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo) {
        PageRequest pageRequest = PageRequest.parse(page, size);
        String key = memberships.eventKey(Identifiers.slugOrNotFound(id, "coalition"), countryCode);
        return history.history(CountriesServiceContract.MEMBERSHIPS, key, pageRequest, uriInfo, "membership");
    }

    @PUT
    @Path("/{countryCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putMembership", summary = "Add or replace a membership",
            description = "Makes the country a member of the coalition (201) or replaces every field of its membership (200); fields left "
                    + "out become empty. With `If-Match`, only an existing membership at that version is replaced; `If-Match` on a "
                    + "membership that does not exist yet is 412.")
    @RequestBody(description = "The membership's full new state.", required = true,
            content = @Content(examples = @ExampleObject(name = "member", value = MembershipExamples.UPDATE)))
    @APIResponse(responseCode = "200", description = "Replaced; the membership as stored now, with its new `ETag`.",
            content = @Content(schema = @Schema(implementation = MembershipView.class),
                    examples = @ExampleObject(name = "member", value = MembershipExamples.VIEW)))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the membership by alpha-2 code.",
            content = @Content(schema = @Schema(implementation = MembershipView.class),
                    examples = @ExampleObject(name = "member", value = MembershipExamples.VIEW)))
    @APIResponse(responseCode = "422", description = "A field is invalid (`errors` names each one), the country code is not an ISO 3166-1 "
            + "alpha-2 or alpha-3 code that exists (`countryCode`), or `leftOn` is before `joinedOn` (`leftOn`).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown country", value = COUNTRY_PROBLEM)))
    public RestResponse<MembershipView> put(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = COUNTRY_DESCRIPTION) @PathParam("countryCode") String countryCode,
            @Parameter(description = EntityVersions.IF_MATCH_DESCRIPTION) @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @NotNull @Valid MembershipBody body,
            @Context UriInfo uriInfo) {
        MembershipService.Stored stored = memberships.put(Identifiers.slugOrNotFound(id, "coalition"), countryCode, ifMatch, claims.settle(body, Map.of()).details());
        Membership membership = stored.membership();
        MembershipView view = MembershipView.of(membership);
        if (!stored.created()) {
            return VersionedResponses.ok(view, membership.version);
        }
        URI location = uriInfo.getBaseUriBuilder().path(MembershipResource.class)
                .path(membership.countryCode).build(membership.coalitionId);
        return VersionedResponses.created(location, view, membership.version);
    }

    @DELETE
    @Path("/{countryCode}")
    @Operation(operationId = "deleteMembership", summary = "Remove a membership",
            description = "Deletes the membership as if it had never been recorded. To record that a country left, `PUT` it with "
                    + "`status` `WITHDRAWN` and a `leftOn` date instead, so that `asOf` still finds it for the time it was a member.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = COUNTRY_DESCRIPTION) @PathParam("countryCode") String countryCode,
            @Parameter(description = EntityVersions.IF_MATCH_DESCRIPTION) @HeaderParam(EntityVersions.IF_MATCH) String ifMatch) {
        memberships.delete(Identifiers.slugOrNotFound(id, "coalition"), countryCode, ifMatch);
        return RestResponse.noContent();
    }

    @Schema(name = "MembershipPage", description = "One page of a coalition's memberships.")
    static final class MembershipPage extends PageSchema {
        @Schema(description = "The memberships on this page, sorted by country code.")
        public List<MembershipView> items;
    }

    @Schema(name = "MembershipVersion", description = "One version of a membership in its history.")
    static final class MembershipVersion extends RecordedVersionSchema {
        @Schema(description = "The membership as this version left it: " + RECORDED_STATE + ". Absent for DELETED.")
        public MembershipView state;
    }

    @Schema(name = "MembershipHistoryPage", description = "One page of a membership's versions.")
    static final class MembershipHistoryPage extends PageSchema {
        @Schema(description = "The versions on this page, oldest first.")
        public List<MembershipVersion> items;
    }
}
