package org.coalitiontracker.events.api;

import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.events.domain.Event;
import org.coalitiontracker.events.domain.EventService;
import org.coalitiontracker.events.domain.Participant;
import org.coalitiontracker.events.domain.ParticipantFilter;
import org.coalitiontracker.events.domain.ParticipantWrite;
import org.coalitiontracker.events.readcopy.ActiveMemberships;
import org.coalitiontracker.kit.claims.Claims;
import org.coalitiontracker.kit.history.HistoryResponses;
import org.coalitiontracker.kit.history.RecordedVersion;
import org.coalitiontracker.kit.http.EntityVersions;
import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.http.PagedResponses;
import org.coalitiontracker.kit.http.QueryParams;
import org.coalitiontracker.kit.http.VersionedResponses;
import org.coalitiontracker.kit.openapi.PageSchema;
import org.coalitiontracker.kit.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/events/{id}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "The countries taking part in an event. They belong to the event: every change to them "
        + "is a new version of the event, and `ETag`/`If-Match` here carry the event's version.")
public class ParticipantResource {

    private static final String COUNTRY_DESCRIPTION = "ISO 3166-1 alpha-2 code of the country, in any case, such as `FR`.";

    private static final String NOT_IN_RECORD = "No such event or participant; with `knownAt`, none in the record at that instant "
            + "(the event not yet created or already deleted, the country not yet added or already removed).";

    private final EventService events;
    private final ActiveMemberships memberships;
    private final RecordedEvents recorded;
    private final Claims claims;

    public ParticipantResource(EventService events, ActiveMemberships memberships, RecordedEvents recorded, Claims claims) {
        this.events = events;
        this.claims = claims;
        this.memberships = memberships;
        this.recorded = recorded;
    }

    @GET
    @Operation(operationId = "listParticipants", summary = "List an event's participants", description = "The countries taking part, sorted by country code, "
            + "with the event's version in the `ETag` header. With `knownAt`, those of the event's version the record held at that "
            + "instant, with that version's `ETag`: " + RecordedEvents.RECORDED_STATE + "; `member` is left out then.")
    @APIResponse(responseCode = "200", description = "One page of participants (with `knownAt`, as the record held them then, without "
            + "`member`); `Link` headers point to the next and previous pages.",
            content = @Content(schema = @Schema(implementation = ParticipantPage.class),
                    examples = @ExampleObject(name = "participants", value = EventExamples.PARTICIPANT_PAGE)))
    @APIResponse(responseCode = "404", description = "No such event; with `knownAt`, none in the record at that instant (not yet "
            + "created, or already deleted).",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<Page<ParticipantView>> list(
            @Parameter(description = EventResource.ID_DESCRIPTION) @PathParam("id") String id,
            @BeanParam ParticipantFilterParams filter,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo) {
        ParticipantFilter participantFilter = filter.toFilter();
        PageRequest request = PageRequest.parse(page, size);
        UUID eventId = Identifiers.uuidOrNotFound(id, "event");
        if (participantFilter.knownAt().isPresent()) {
            RecordedVersion version = recorded.version(eventId, participantFilter.knownAt().get());
            List<ParticipantView> then = participantsOf(recorded.view(version)).stream()
                    .filter(p -> participantFilter.admits(p.updatedAt()))
                    .toList();
            return RestResponse.ResponseBuilder.fromResponse(PagedResponses.ok(Page.slice(then, request), uriInfo))
                    .tag(EntityVersions.etag(version.version())).build();
        }
        Event event = events.findReadOnly(eventId);
        Page<Participant> found = event.participantPage(participantFilter, request);
        MemberFlags members = MemberFlags.of(List.of(event), memberships);
        RestResponse<Page<ParticipantView>> response = PagedResponses.ok(found.map(p -> ParticipantView.of(p, members)), uriInfo);
        return RestResponse.ResponseBuilder.fromResponse(response).tag(EntityVersions.etag(event.version)).build();
    }

    @GET
    @Path("/{countryCode}")
    @Operation(operationId = "getParticipant", summary = "Get a participant", description = "One country's participation, with the event's version in the `ETag` header. "
            + "With `knownAt`, the participation in the event's version the record held at that instant, with that version's `ETag`: "
            + RecordedEvents.RECORDED_STATE + "; `member` is left out then.")
    @APIResponse(responseCode = "200", description = "The participant (with `knownAt`, as the record held it then, without `member`).",
            content = @Content(schema = @Schema(implementation = ParticipantView.class),
                    examples = @ExampleObject(name = "participant", value = EventExamples.PARTICIPANT)))
    @APIResponse(responseCode = "404", description = NOT_IN_RECORD,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<ParticipantView> get(
            @Parameter(description = EventResource.ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = COUNTRY_DESCRIPTION) @PathParam("countryCode") String countryCode,
            @Parameter(description = HistoryResponses.KNOWN_AT_DESCRIPTION + " The participation in the event's version the record "
                    + "held then (the `ETag` is that version), without `member`; 404 if the event, or this country among its "
                    + "participants, was not in the record then.", example = "2025-09-05T08:00:00Z")
            @QueryParam(RecordedEvents.KNOWN_AT) String knownAt) {
        Optional<Instant> at = QueryParams.knownAt(RecordedEvents.KNOWN_AT, knownAt);
        UUID eventId = Identifiers.uuidOrNotFound(id, "event");
        if (at.isPresent()) {
            RecordedVersion version = recorded.version(eventId, at.get());
            String code = countryCode.toUpperCase(Locale.ROOT);
            ParticipantView then = participantsOf(recorded.view(version)).stream().filter(p -> p.countryCode().equals(code)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("Event '" + eventId + "' had no participant '" + countryCode
                            + "' in the record at " + at.get() + "."));
            return VersionedResponses.ok(then, version.version());
        }
        Participant participant = events.findParticipantReadOnly(eventId, countryCode);
        return VersionedResponses.ok(view(participant), participant.event.version);
    }

    @PUT
    @Path("/{countryCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putParticipant", summary = "Add or replace a participant", description = "Adds the country to the event (201) or replaces its "
            + "participation (200). `If-Match` is checked against the event's `ETag`; the event's version goes up either way.")
    @RequestBody(description = "The participation in full.", required = true,
            content = @Content(examples = @ExampleObject(name = "participant", value = EventExamples.PARTICIPANT_BODY)))
    @APIResponse(responseCode = "200", description = "Replaced; the `ETag` is the event's new version.",
            content = @Content(schema = @Schema(implementation = ParticipantView.class),
                    examples = @ExampleObject(name = "participant", value = EventExamples.PARTICIPANT)))
    @APIResponse(responseCode = "201", description = "Added; `Location` names the participant, the `ETag` is the event's new version.",
            content = @Content(schema = @Schema(implementation = ParticipantView.class),
                    examples = @ExampleObject(name = "participant", value = EventExamples.PARTICIPANT)))
    @APIResponse(responseCode = "422", description = CountryCheckResponses.UNKNOWN_COUNTRY,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", description = CountryCheckResponses.OWNER_UNREACHABLE,
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<ParticipantView> put(
            @Parameter(description = EventResource.ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = COUNTRY_DESCRIPTION) @PathParam("countryCode") String countryCode,
            @Parameter(description = EntityVersions.IF_MATCH_DESCRIPTION) @HeaderParam(EntityVersions.IF_MATCH) String ifMatch,
            @NotNull @Valid ParticipantBody body,
            @Context UriInfo uriInfo) {
        ParticipantWrite write = events.putParticipant(Identifiers.uuidOrNotFound(id, "event"), countryCode, ifMatch, claims.settle(body, Map.of()).details());
        Participant participant = write.participant();
        ParticipantView view = view(participant);
        if (write.created()) {
            URI location = uriInfo.getBaseUriBuilder().path("events").path(participant.event.id.toString())
                    .path("participants").path(participant.countryCode()).build();
            return VersionedResponses.created(location, view, participant.event.version);
        }
        return VersionedResponses.ok(view, participant.event.version);
    }

    @DELETE
    @Path("/{countryCode}")
    @Operation(operationId = "deleteParticipant", summary = "Remove a participant", description = "Removes the country from the event. `If-Match` is checked against "
            + "the event's `ETag`; the answer's `ETag` is the event's new version.")
    @APIResponse(responseCode = "204", description = "Removed.")
    public RestResponse<Void> delete(
            @Parameter(description = EventResource.ID_DESCRIPTION) @PathParam("id") String id,
            @Parameter(description = COUNTRY_DESCRIPTION) @PathParam("countryCode") String countryCode,
            @Parameter(description = EntityVersions.IF_MATCH_DESCRIPTION) @HeaderParam(EntityVersions.IF_MATCH) String ifMatch) {
        Event event = events.removeParticipant(Identifiers.uuidOrNotFound(id, "event"), countryCode, ifMatch);
        return RestResponse.ResponseBuilder.<Void>noContent().tag(EntityVersions.etag(event.version)).build();
    }

    /** A recorded event's participants by country code, the list's order (the recorded state already has it). */
    private static List<ParticipantView> participantsOf(EventView event) {
        return event.participants().stream().sorted(Comparator.comparing(ParticipantView::countryCode)).toList();
    }

    private ParticipantView view(Participant participant) {
        return ParticipantView.of(participant, MemberFlags.of(List.of(participant.event), memberships));
    }

    @Schema(name = "ParticipantPage", description = "One page of an event's participants.")
    static final class ParticipantPage extends PageSchema {
        @Schema(description = "The participants on this page, sorted by country code.")
        public List<ParticipantView> items;
    }
}
