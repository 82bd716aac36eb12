package org.coalitiontracker.kit.feed;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed and where to continue. */
@Schema(name = "ChangePage", description = "Changes after the requested cursor, oldest first, and the cursor to continue from.")
public record ChangePage(
        @Schema(description = "The changes, oldest first (at most `limit`).", required = true)
        List<Change> items,
        @Schema(description = "Where to continue: pass it as `after` for the next page. The last item's cursor, or, when the page is "
                + "empty, the cursor that was asked for (absent `after`: the beginning).", examples = "a2l0LXRlc3QtYXBwOjQy", required = true)
        String cursor,
        @Schema(description = "Whether more changes were already there after this page: ask again at once. False: the follower has "
                + "caught up; poll again later (a change appears within milliseconds of its commit).", required = true)
        boolean hasMore,
        @Schema(description = "The number of items asked for, as applied (capped at 1000).", examples = "100", required = true)
        int limit) {
}
