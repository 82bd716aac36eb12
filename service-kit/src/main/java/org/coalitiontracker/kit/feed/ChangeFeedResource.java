package org.coalitiontracker.kit.feed;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerResponse;

/**
 * {@code GET /changes}, served by every service that depends on the kit, over the topics its
 * contract publishes. Open to all like every GET (the kit's permission table).
 */
@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Change feed", description = "Every committed change of the records this service owns, deletions included, in one order "
        + "that a client can follow for good without missing or repeating a change: the way to mirror the record.")
public class ChangeFeedResource {

    static final String DESCRIPTION = """
            The ordered log of every change to the records this service owns: created, changed and deleted, across its aggregate \
            types, oldest first. Each item is a version of a record as its history keeps it (`GET …/{id}/history`): `state` is the \
            full record after the change, absent for a deletion.

            **Following it.** Start without `after` (the beginning of the record), then pass the page's `cursor` as `after`; when \
            `hasMore` is false you have caught up, so ask again a little later. A follower that does this sees every committed \
            change exactly once, a record's versions in increasing order, also while many clients write at once; a write that \
            failed never appears. A change appears here within milliseconds of its commit (positions are given right after it; at \
            the latest after `coalition.change-feed.poll-interval`, 1 s).

            **Cursors** are opaque strings, valid for good: across restarts and across the instances of the service. An empty page \
            gives back the cursor it was asked for. A cursor this service did not give out (another service's, edited, or ahead \
            of the feed) is a 400.

            **Live.** Ask with `Accept: text/event-stream` and the same parameters to have the changes pushed as server-sent \
            events as they are numbered, first every change after your place, then each new one within milliseconds of its \
            commit: each event has `id:` the change's cursor, `event: change`, and `data:` the change as an item of the JSON \
            page, on one line. `limit` is checked but the stream has no end. A client that reconnects sends the last `id:` it \
            received as `Last-Event-ID` (browsers' `EventSource` does it by itself) and continues after it, with no gap and no \
            repeat; `Last-Event-ID` wins over `after`, in both representations. A comment line (`:heartbeat`) comes every \
            `coalition.change-feed.heartbeat-interval` (15 s) so that idle connections stay open. The server holds at most \
            `coalition.change-feed.stream-batch-size` (100) changes per stream, reading the next ones from the database only \
            once the client has taken these; a client that has not taken them after `coalition.change-feed.slow-client-timeout` \
            (30 s) has its connection closed, and reconnects with `Last-Event-ID`.

            Reads are open like every GET; the feed shows every record of the service, with nothing finer to respect today.""";

    private static final String STREAM_EXAMPLE = """
            :heartbeat

            id:Y291bnRyaWVzLXNlcnZpY2U6NDE
            event:change
            data:{"cursor":"Y291bnRyaWVzLXNlcnZpY2U6NDE","type":"coalition","id":"coalition-of-the-willing","version":2,"operation":"UPDATED","recordedAt":"2025-09-04T14:05:00Z","recordedBy":"editor-anna","state":{"id":"coalition-of-the-willing","name":"Coalition of the willing","version":2}}

            id:Y291bnRyaWVzLXNlcnZpY2U6NDI
            event:change
            data:{"cursor":"Y291bnRyaWVzLXNlcnZpY2U6NDI","type":"membership","id":"coalition-of-the-willing/TR","version":3,"operation":"DELETED","recordedAt":"2025-09-04T14:06:10Z","recordedBy":"editor-anna"}

            """;

    private static final String EXAMPLE = """
            {
              "items": [
                {"cursor": "Y291bnRyaWVzLXNlcnZpY2U6NDE", "type": "coalition", "id": "coalition-of-the-willing", "version": 2,
                 "operation": "UPDATED", "recordedAt": "2025-09-04T14:05:00Z", "recordedBy": "editor-anna",
                 "state": {"id": "coalition-of-the-willing", "name": "Coalition of the willing", "version": 2}},
                {"cursor": "Y291bnRyaWVzLXNlcnZpY2U6NDI", "type": "membership", "id": "coalition-of-the-willing/TR", "version": 3,
                 "operation": "DELETED", "recordedAt": "2025-09-04T14:06:10Z", "recordedBy": "editor-anna"}
              ],
              "cursor": "Y291bnRyaWVzLXNlcnZpY2U6NDI",
              "hasMore": false,
              "limit": 100
            }""";

    private final ChangeFeed feed;
    private final ChangeStreams streams;

    public ChangeFeedResource(ChangeFeed feed, ChangeStreams streams) {
        this.feed = feed;
        this.streams = streams;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Follow every change of the record", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "As JSON: the changes after `Last-Event-ID` or `after`, oldest first, and the cursor "
            + "to continue from. As `text/event-stream`: those changes and every later one, one event each, until either side closes.",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class),
                        examples = @ExampleObject(name = "changes", value = EXAMPLE)),
                @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                        description = "Server-sent events: per change `id:` (its cursor), `event:change` and `data:` (the Change, "
                                + "as JSON on one line), then an empty line; `:heartbeat` comment lines between them."),
                        examples = @ExampleObject(name = "live changes", value = STREAM_EXAMPLE)) })
    @APIResponse(responseCode = "400", description = "`after` or `Last-Event-ID` is not a cursor of this feed, `type` names no aggregate "
            + "type of this service, or `limit` is not a whole number from 1. Nothing is streamed.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "foreign cursor", value = """
                            {"type": "urn:coalition-tracker:problem:invalid-parameter", "title": "Invalid parameter",
                             "status": 400, "detail": "Query parameter 'after' is invalid: 'abc' is not a cursor of this service's change feed; \
                            use one it answered (an item's `cursor` or the page's), or leave it out to start from the beginning",
                             "instance": "/changes", "errors": [{"field": "after", "message": "'abc' is not a cursor of this service's change feed"}]}""")))
    public ChangePage list(
            @Parameter(description = "Continue after this cursor (an item's `cursor` or a page's); absent, start from the beginning of "
                    + "the record.", example = "Y291bnRyaWVzLXNlcnZpY2U6NDI",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + FeedCursor.PATTERN + "$", maxLength = 200))
            @QueryParam("after") String after,
            @Parameter(description = "At most this many changes, 1 or more; larger values are capped at " + ChangeFeed.MAX_LIMIT
                    + ". Default " + ChangeFeed.DEFAULT_LIMIT + ".",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "2147483647", defaultValue = "100"))
            @QueryParam("limit") String limit,
            @Parameter(description = "Only changes of this aggregate type (any case), such as `coalition`; repeat the parameter for any "
                    + "of several. Unknown types are a 400 that lists this service's types. A cursor stays valid with or without it.",
                    explode = Explode.TRUE, style = ParameterStyle.FORM,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AggregateTypeName.class))
            @QueryParam("type") List<String> type,
            @Parameter(in = ParameterIn.HEADER, description = "Continue after this cursor, as `after` does, and in its place: the `id:` of "
                    + "the last event an event stream received, sent by a client that reconnects (`EventSource` sends it by itself).",
                    example = "Y291bnRyaWVzLXNlcnZpY2U6NDI",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^" + FeedCursor.PATTERN + "$", maxLength = 200))
            @HeaderParam(ChangeFeed.LAST_EVENT_ID) String lastEventId) {
        return feed.page(lastEventId, after, limit, type);
    }

    /** The same operation as {@link #list} for {@code Accept: text/event-stream}, which documents both. */
    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(hidden = true)
    public void stream(@QueryParam("after") String after, @QueryParam("limit") String limit, @QueryParam("type") List<String> type,
            @HeaderParam(ChangeFeed.LAST_EVENT_ID) String lastEventId, @Context SseEventSink sink, @Context Sse sse,
            @Context HttpServerResponse response) {
        streams.open(lastEventId, after, limit, type, sink, sse, response);
    }
}
