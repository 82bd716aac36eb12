package org.coalitiontracker.commitments.domain;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether the country and event a commitment names allow it: only an ACTIVE member of the
 * coalition may commit, and the event it was announced at must exist. Both are decided from
 * the read copies of countries-service and events-service, which this service does not keep
 * yet; until then only well-formedness is checked, at the API. Every create and update passes
 * here, so the read-copy checks slot in without touching the callers.
 */
@ApplicationScoped
public class CommitmentReferences {

    public void requireAllowed(CommitmentDetails details) {
        // Intentionally empty until the read copies exist: there is nothing yet to check against.
    }
}
