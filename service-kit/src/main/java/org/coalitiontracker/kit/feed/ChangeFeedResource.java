package org.coalitiontracker.kit.feed;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

            Reads are open like every GET; the feed shows every record of the service, with nothing finer to respect today.""";

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

    public ChangeFeedResource(ChangeFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Follow every change of the record", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The changes after `after`, oldest first, and the cursor to continue from.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class),
                    examples = @ExampleObject(name = "changes", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "`after` is not a cursor of this feed, `type` names no aggregate type of this "
            + "service, or `limit` is not a whole number from 1.",
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
            @QueryParam("type") List<String> type) {
        return feed.page(after, limit, type);
    }
}
