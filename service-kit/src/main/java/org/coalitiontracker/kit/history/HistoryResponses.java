package org.coalitiontracker.kit.history;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.kit.events.Topic;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.http.PagedResponses;
import org.coalitiontracker.kit.http.VersionedResponses;
import org.coalitiontracker.kit.problem.ProblemException;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The two answers every aggregate's resource gives from the record's history, the same in every
 * service: {@code GET …/{id}/history} and {@code GET …/{id}?knownAt=}. The resource names the
 * topic its aggregate is published on, the key, and the noun for a 404.
 */
@ApplicationScoped
public class HistoryResponses {

    public static final String HISTORY_DESCRIPTION = "Every version the record holds, oldest first: its number, when and by whom "
            + "it was recorded, the fields it changed and the state it gave. A deletion is a version too, with no state, so the "
            + "history of a deleted record still answers (200, the deletion last). A record that never existed: 404.";
    public static final String KNOWN_AT_DESCRIPTION = "Answer from the record as it stood at this instant (record time), such as "
            + "`2025-09-01T12:00:00Z`; a date means the end of that day in UTC. Later records are absent, later changes not yet "
            + "applied, later deletions not yet made. Without it, the present record. See docs/api-decisions.md, \"Two kinds of time\".";

    private final RecordHistory history;

    public HistoryResponses(RecordHistory history) {
        this.history = history;
    }

    /** One page of {@code key}'s versions; 404 if the record never held it. */
    public RestResponse<Page<RecordedVersion>> history(Topic topic, String key, PageRequest page, UriInfo uriInfo, String noun) {
        Page<RecordedVersion> versions = history.history(topic, key, page);
        if (versions.total() == 0) {
            throw ProblemException.notFound("There is no " + noun + " '" + key + "' and never was.");
        }
        return PagedResponses.ok(versions, uriInfo);
    }

    /** The state of {@code key} as the record held it at {@code instant}, with that version's ETag; 404 if it did not exist then. */
    public RestResponse<JsonNode> knownAt(Topic topic, String key, Instant instant, String noun) {
        RecordedVersion version = versionKnownAt(topic, key, instant, noun);
        return VersionedResponses.ok(version.state().orElseThrow(), version.version());
    }

    /** What the record held at {@code instant} of the keys under {@code keyPrefix}, in key order ({@link RecordHistory#allKnownAt}). */
    public List<RecordedVersion> allKnownAt(Topic topic, String keyPrefix, Instant instant) {
        return history.allKnownAt(topic, keyPrefix, instant);
    }

    /** The version of {@code key} the record held at {@code instant}, never a deletion, for a resource that answers from it; else 404. */
    public RecordedVersion versionKnownAt(Topic topic, String key, Instant instant, String noun) {
        return history.knownAt(topic, key, instant)
                .filter(found -> !found.isDeletion())
                .orElseThrow(() -> ProblemException.notFound("There was no " + noun + " '" + key + "' in the record at " + instant + "."));
    }
}
