package org.coalitiontracker.commitments.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.coalitiontracker.kit.http.EntityVersions;
import org.coalitiontracker.kit.problem.ProblemException;

/**
 * Creating, changing and deleting commitments. Each write is one method here, which checks
 * {@code If-Match}, enforces the rules, writes the change and records the new version in the
 * history in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Commitments {

    private final CommitmentReferences references;

    public Commitments(CommitmentReferences references) {
        this.references = references;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment get(UUID id) {
        return Commitment.<Commitment>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no commitment " + id + "."));
    }

    public Commitment create(CommitmentDetails details) {
        references.requireAllowed(details);
        Commitment commitment = new Commitment();
        commitment.id = UUID.randomUUID();
        commitment.state = CommitmentState.of(details);
        commitment.persistAndFlush();
        CommitmentVersion.record(commitment, details.fieldsWithValues());
        return commitment;
    }

    public Commitment replace(UUID id, String ifMatch, CommitmentDetails details) {
        Commitment commitment = get(id);
        EntityVersions.requireMatch(ifMatch, commitment.version);
        CommitmentDetails current = commitment.state.details();
        current.status().requireCanBecome(details.status());
        references.requireAllowed(details);
        List<String> changed = details.changedSince(current);
        if (changed.isEmpty()) {
            // Nothing changed: no new version, so the ETag a client holds stays valid.
            return commitment;
        }
        commitment.state = CommitmentState.of(details);
        Commitment.flush();
        CommitmentVersion.record(commitment, changed);
        return commitment;
    }

    /** Deletes the commitment and, with it, its history: a delete removes a record made in error. */
    public void delete(UUID id, String ifMatch) {
        Commitment commitment = get(id);
        EntityVersions.requireMatch(ifMatch, commitment.version);
        commitment.delete();
    }
}
