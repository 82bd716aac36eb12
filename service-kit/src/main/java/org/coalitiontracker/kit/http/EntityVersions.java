package org.coalitiontracker.kit.http;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;

import org.coalitiontracker.kit.problem.FieldError;
import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.problem.ProblemType;

/**
 * Entity tags derived from a record's version number, and the {@code If-Match} check that makes
 * writes safe against lost updates. The version is the one the database increments on every
 * change, so a tag is strong: equal tags mean the same stored state.
 */
public final class EntityVersions {

    public static final String IF_MATCH = "If-Match";
    public static final String IF_MATCH_DESCRIPTION = "The `ETag` from a previous `GET`; when given, the write happens only if the "
            + "resource is still at that version, otherwise the answer is 412. `*` matches any existing version.";

    private EntityVersions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Fails with 412 unless the {@code If-Match} header is absent, is {@code *}, or lists the
     * current version's tag. Weak tags never match, as RFC 9110 requires for If-Match.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            if (candidate.trim().equals(current)) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The resource is at version " + current + ", not " + ifMatch.trim() + "; fetch it again and retry.",
                List.of(new FieldError(IF_MATCH, "does not match the current ETag " + current)));
    }

    /** A conditional request for a resource that does not exist yet can never match. */
    public static void requireNoneForNewResource(String ifMatch) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "If-Match was given but the resource does not exist.",
                    List.of(new FieldError(IF_MATCH, "no current version to match")));
        }
    }
}
