package org.coalitiontracker.commitments.api;

import java.util.UUID;

import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.problem.ProblemException;

/** Commitment ids in paths: a commitment is identified by a UUID, so anything else names nothing. */
final class CommitmentIds {

    static final String DESCRIPTION = "The commitment's id, a UUID the server assigned when it was created.";

    private CommitmentIds() {
    }

    static UUID parse(String raw) {
        if (!Identifiers.isUuid(raw)) {
            throw ProblemException.notFound("There is no commitment with this id: commitment ids are UUIDs such as "
                    + "3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11.");
        }
        return UUID.fromString(raw);
    }
}
