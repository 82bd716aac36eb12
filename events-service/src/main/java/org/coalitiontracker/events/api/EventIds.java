package org.coalitiontracker.events.api;

import java.util.UUID;

import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.problem.ProblemException;

/** Reads an event id from a path. Text that is not a UUID names no event, so it is a 404 like any unknown id. */
final class EventIds {

    static final String DESCRIPTION = "The event's id, a UUID assigned when it was created. A value that is not a UUID names no event: 404.";

    private EventIds() {
    }

    static UUID parse(String raw) {
        // Checked first because UUID.fromString alone also accepts short forms such as 1-1-1-1-1.
        if (!Identifiers.isUuid(raw)) {
            throw ProblemException.notFound("There is no event '" + raw + "'.");
        }
        return UUID.fromString(raw);
    }
}
