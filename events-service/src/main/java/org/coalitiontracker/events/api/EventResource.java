package org.coalitiontracker.events.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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

import org.coalitiontracker.events.EventsServiceContract;
import org.coalitiontracker.events.domain.Event;
import org.coalitiontracker.events.domain.EventFilter;
import org.coalitiontracker.events.domain.EventService;
import org.coalitiontracker.events.readcopy.ActiveMemberships;
import org.coalitiontracker.kit.claims.Claims;
import org.coalitiontracker.kit.export.ExportFormat;
import org.coalitiontracker.kit.export.Exports;
import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.history.RecordedVersion;
import org.coalitiontracker.kit.http.EntityVersions;
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
import org.coalitiontracker.kit.http.Identifiers;

@Path("/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "Meetings, summits and calls, each with the countries taking part.")
public class EventResource {

    static final String ID_DESCRIPTION = "The event's id, a UUID assigned when it was created. A value that is not a UUID names no event: 404.";
    private static final String KNOWN_AT = RecordedEvents.KNOWN_AT;
    private static final String RECORDED_STATE = RecordedEvents.RECORDED_STATE;

    private final EventService events;
    private final MergePatch mergePatch;
    private final ActiveMemberships memberships;
    private final HistoryResponses history;
    private final RecordedEvents recorded;
    private final Claims claims;
    private final Exports exports;
    private final StoredRepresentations representations;
    private final ObjectMapper mapper;

    public EventResource(EventService events, MergePatch mergePatch, ActiveMemberships memberships, HistoryResponses history,
            RecordedEvents recorded, Claims claims, Exports exports, StoredRepresentations representations, ObjectMapper mapper) {
        this.events = events;
        this.representations = representations;
        this.mapper = mapper;
        this.exports = exports;
        this.claims = claims;
        this.mergePatch = mergePatch;
        this.memberships = memberships;
        this.history = history;
        this.recorded = recorded;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE })
    @Operation(operationId = "listEvents", summary = "List or export events", description = "Events matching every filter given, sorted by start (the start "
            + "day, then `startsAt`, an event known only to the day first on its day, then title and id), one page at a time, "
            + "each with its participants. With `knownAt`, the events the record held at that instant, each in the version it "
            + "held then (" + RECORDED_STATE + "; `member` is left out then), filtered and sorted alike; `asOf` does not apply to "
            + "events, whose world time is their start (`from`, `to`)." + Exports.LIST_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "One page of events (with `knownAt`, as the record held them then, their "
            + "participants without `member`); `Link` headers point to the next and previous pages. " + Exports.CSV_DESCRIPTION
            + " The participants are a JSON list in one field. " + Exports.NDJSON_DESCRIPTION,
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class),
                            examples = @ExampleObject(name = "events", value = EventExamples.PAGE)),
                    @Content(mediaType = ExportFormat.CSV_TYPE,
                            schema = @Schema(type = SchemaType.STRING, description = Exports.CSV_SCHEMA_DESCRIPTION),
                            examples = @ExampleObject(name = "one event", value = EventExamples.CSV)),
                    @Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = EventView.class),
                            examples = @ExampleObject(name = "two events, most fields left out here", value = EventExamples.NDJSON)) })
    public Response list(
            @BeanParam EventFilterParams filter,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo,
            @Context HttpHeaders headers) {
        EventFilter parsed = filter.toFilter();
        Optional<ExportFormat> export = ExportFormat.requested(headers.getAcceptableMediaTypes());
        if (export.isPresent()) {
            Exports.refusePaging(page, size);
            // At knownAt the list is made from the record's history in memory, as the JSON list is (docs/api-decisions.md "Exports").
            return exports.response(export.get(), EventView.class, EventView.CSV, () -> parsed.knownAt().isPresent()
                    ? recorded.list(parsed).stream()
                    : exports.inBatches(events.stream(parsed), batch -> {
                        MemberFlags members = MemberFlags.of(batch, memberships);
                        return batch.stream().map(event -> EventView.of(event, members)).toList();
                    }));
        }
        PageRequest pageRequest = PageRequest.parse(page, size);
        if (parsed.knownAt().isPresent()) {
            return PagedResponses.ok(Page.slice(recorded.list(parsed), pageRequest), uriInfo).toResponse();
        }
        Page<Event> found = events.list(parsed, pageRequest);
        MemberFlags members = MemberFlags.of(found.items(), memberships);
        return PagedResponses.ok(found.map(event -> EventView.of(event, members)), uriInfo).toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEvent", summary = "Get an event", description = "One event with its participants, and its version in the "
            + "`ETag` header. With `knownAt`, the event as the record held it at that instant, with that version's `ETag`: "
            + RECORDED_STATE + "; `member` is left out then.")
    @APIResponse(responseCode = "200", description = "The event (with `knownAt`, as the record held it then, its participants "
            + "without `member`).",
            content = @Content(schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "event", value = EventExamples.VIEW)))
    @APIResponse(responseCode = "404", description = "No such event; with `knownAt`, none in the record at that instant (not yet "
            + "created, or already deleted).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<?> get(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = HistoryResponses.KNOWN_AT_DESCRIPTION, example = "2025-09-05T08:00:00Z")
            @QueryParam(KNOWN_AT) String knownAt) {
        Optional<Instant> at = QueryParams.knownAt(KNOWN_AT, knownAt);
        UUID eventId = Identifiers.uuidOrNotFound(id, "event");
        if (at.isPresent()) {
            return history.knownAt(EventsServiceContract.EVENTS, eventId.toString(), at.get(), "event");
        }
        Optional<StoredRepresentation> stored = representations.find(EventsServiceContract.EVENTS, eventId.toString());
        if (stored.isPresent()) {
            return VersionedResponses.json(EventView.withMemberFlags(stored.get().json(), mapper, memberships), stored.get().version());
        }
        Event event = events.findReadOnly(eventId);
        return VersionedResponses.ok(view(event), event.version);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getEventHistory", summary = "An event's history", description = HistoryResponses.HISTORY_DESCRIPTION
            + " Participants are part of the event: adding, changing or removing one is a version of the event (its `changedFields` "
            + "name `participants`). The state of each version is " + RECORDED_STATE + ".")
    @APIResponse(responseCode = "200", description = "One page of versions, oldest first; `Link` headers point to the next and previous pages.",
            content = @Content(schema = @Schema(implementation = EventHistoryPage.class),
                    examples = @ExampleObject(name = "history", value = EventExamples.HISTORY)))
    @APIResponse(responseCode = "404", description = "The record never held an event with this id.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<Page<RecordedVersion>> history(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo) {
        PageRequest pageRequest = PageRequest.parse(page, size);
        return history.history(EventsServiceContract.EVENTS, Identifiers.uuidOrNotFound(id, "event").toString(), pageRequest, uriInfo,
                "event");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createEvent", summary = "Create an event", description = "Creates an event under a new id; `Location` names it. "
            + "Participants are added afterwards under `/events/{id}/participants`.")
    @RequestBody(description = "The new event.", required = true,
            content = @Content(examples = @ExampleObject(name = "event", value = EventExamples.BODY)))
    @APIResponse(responseCode = "201", description = "Created; `Location` names the new event.",
            content = @Content(schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "event", value = EventExamples.VIEW)))
    @APIResponse(responseCode = "422", description = CountryCheckResponses.UNKNOWN_COUNTRY,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = CountryCheckResponses.OWNER_UNREACHABLE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<EventView> create(@NotNull @Valid EventBody body, @Context UriInfo uriInfo) {
        Event event = events.create(claims.settle(body, Map.of()).details());
        URI location = uriInfo.getAbsolutePathBuilder().path(event.id.toString()).build();
        return VersionedResponses.created(location, view(event), event.version);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceEvent", summary = "Replace an event", description = "Replaces every field of the event; fields left out become empty. "
            + "Its participants stay as they are.")
    @RequestBody(description = "The event's full new state.", required = true,
            content = @Content(examples = @ExampleObject(name = "event", value = EventExamples.BODY)))
    @APIResponse(responseCode = "200", description = "The event as stored now, with its new `ETag`.",
            content = @Content(schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "event", value = EventExamples.VIEW)))
    @APIResponse(responseCode = "422", description = CountryCheckResponses.UNKNOWN_COUNTRY,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = CountryCheckResponses.OWNER_UNREACHABLE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<EventView> replace(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = EntityVersions.IF_MATCH_DESCRIPTION) @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @NotNull @Valid EventBody body) {
        Event event = events.replace(Identifiers.uuidOrNotFound(id, "event"), ifMatch, claims.settle(body, Map.of()).details());
        return VersionedResponses.ok(view(event), event.version);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(operationId = "patchEvent", summary = "Change some fields of an event",
            description = "An RFC 7396 JSON merge patch: fields given replace the stored ones, `null` clears a field, fields left out stay; "
                    + "`location` merges field by field. `startsOn` follows `startsAt` and `timeZone` unless the patch names it: changing "
                    + "`startsAt` moves the day with it, clearing `startsAt` (with `endsAt`) keeps the day, and a `startsOn` that is not "
                    + "the day of `startsAt` is 422 unless `startsAt` is cleared or changed with it.")
    @RequestBody(description = "The fields to change.", required = true,
            content = @Content(schema = @Schema(implementation = EventBody.class),
                    examples = @ExampleObject(name = "patch", value = EventExamples.PATCH)))
    @APIResponse(responseCode = "200", description = "The event as stored now, with its new `ETag`.",
            content = @Content(schema = @Schema(implementation = EventView.class),
                    examples = @ExampleObject(name = "event", value = EventExamples.VIEW)))
    @APIResponse(responseCode = "422", description = CountryCheckResponses.UNKNOWN_COUNTRY,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = CountryCheckResponses.OWNER_UNREACHABLE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<EventView> patch(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = EntityVersions.IF_MATCH_DESCRIPTION) @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @NotNull ObjectNode patch) throws JsonProcessingException {
        UUID eventId = Identifiers.uuidOrNotFound(id, "event");
        EventBody merged = mergePatch.apply(EventBody.of(events.findReadOnly(eventId)), patch, EventBody.class);
        if (merged.startsAt() != null && !patch.has("startsOn")) {
            // A patch that leaves startsOn alone lets it follow startsAt (and timeZone): the day
            // is the local date of the instant. One that names startsOn must agree with startsAt.
            merged = merged.withStartsOn(null);
        }
        Event event = events.replace(eventId, ifMatch, claims.settle(merged, Map.of()).details());
        return VersionedResponses.ok(view(event), event.version);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteEvent", summary = "Delete an event", description = "Deletes the event and its participants.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public RestResponse<Void> delete(
            @Parameter(description = ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = EntityVersions.IF_MATCH_DESCRIPTION) @HeaderParam(EntityVersions.IF_MATCH) String ifMatch) {
        events.delete(Identifiers.uuidOrNotFound(id, "event"), ifMatch);
        return RestResponse.noContent();
    }

    private EventView view(Event event) {
        return EventView.of(event, MemberFlags.of(List.of(event), memberships));
    }

    @Schema(name = "EventPage", description = "One page of events.")
    static final class EventPage extends PageSchema {
        @Schema(description = "The events on this page, sorted by start day, then `startsAt` (an event known only to the day "
                + "first on its day), then title and id.")
        public List<EventView> items;
    }

    @Schema(name = "EventVersion", description = "One version of an event in its history.")
    static final class EventVersion extends RecordedVersionSchema {
        @Schema(description = "The event as this version left it: " + RECORDED_STATE + ". Absent for DELETED.")
        public EventView state;
    }

    @Schema(name = "EventHistoryPage", description = "One page of an event's versions.")
    static final class EventHistoryPage extends PageSchema {
        @Schema(description = "The versions on this page, oldest first.")
        public List<EventVersion> items;
    }
}
