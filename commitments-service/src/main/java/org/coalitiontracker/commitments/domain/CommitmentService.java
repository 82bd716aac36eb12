package org.coalitiontracker.commitments.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.coalitiontracker.commitments.CommitmentsServiceContract;
import org.coalitiontracker.commitments.readcopy.CommitmentReferences;
import org.coalitiontracker.kit.events.AggregateChanged;
import org.coalitiontracker.kit.http.EntityVersions;
import org.coalitiontracker.kit.persistence.ReadOnly;
import org.coalitiontracker.kit.problem.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Creating, changing and deleting commitments. Each write is one method here, which checks
 * {@code If-Match}, enforces the rules, writes the change and records the new version in the
 * history in the same transaction, and announces it (an {@link AggregateChanged}) so that it
 * is published if and only if it commits.
 */
@ApplicationScoped
@Transactional
public class CommitmentService {

    private final CommitmentReferences references;
    private final Event<AggregateChanged<Commitment>> changes;

    public CommitmentService(CommitmentReferences references, Event<AggregateChanged<Commitment>> changes) {
        this.references = references;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Commitment findReadOnly(UUID id) {
        return ReadOnly.findById(Commitment.class, id).orElseThrow(() -> ProblemException.notFound("There is no commitment " + id + "."));
    }

    /**
     * Its references are checked before its transaction begins: a check may have to ask an
     * owner, and a write waiting for an owner must not hold a database connection meanwhile.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Commitment create(CommitmentDetails written) {
        CommitmentDetails details = written.withTimelineResolved(List.of());
        references.requireAllowed(details);
        return QuarkusTransaction.requiringNew().call(() -> {
            Commitment commitment = new Commitment();
            commitment.id = UUID.randomUUID();
            commitment.state = CommitmentState.of(details);
            commitment.persistAndFlush();
            CommitmentVersion.record(commitment, details.fieldsWithValues());
            announceUpserted(commitment);
            return commitment;
        });
    }

    /**
     * As {@link #create}, the references a change makes are checked before its transaction
     * begins, against the version read then. What must be checked depends on that version (only
     * what the change changes), so if another write committed in between, the change is checked
     * again, inside its transaction, against the version it then replaces: rare, and never wrong.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Commitment replace(UUID id, String ifMatch, CommitmentDetails written) {
        Commitment seen = findReadOnly(id);
        EntityVersions.requireMatch(ifMatch, seen.version);
        CommitmentDetails checked = written.withTimelineResolved(seen.state.details().statusHistory());
        references.requireAllowedChange(seen.state.details(), checked);
        return QuarkusTransaction.requiringNew().call(() -> {
            Commitment commitment = findForChange(id);
            EntityVersions.requireMatch(ifMatch, commitment.version);
            CommitmentDetails current = commitment.state.details();
            CommitmentDetails details = checked;
            if (commitment.version != seen.version) {
                details = written.withTimelineResolved(current.statusHistory());
                references.requireAllowedChange(current, details);
            }
            List<String> changed = details.changedSince(current);
            if (changed.isEmpty()) {
                // Nothing changed: no new version, so the ETag a client holds stays valid.
                return commitment;
            }
            commitment.state = CommitmentState.of(details);
            Commitment.flush();
            CommitmentVersion.record(commitment, changed);
            announceUpserted(commitment);
            return commitment;
        });
    }

    /** Deletes the commitment from the present record; its versions stay, ended by the deletion. */
    public void delete(UUID id, String ifMatch) {
        Commitment commitment = findForChange(id);
        EntityVersions.requireMatch(ifMatch, commitment.version);
        commitment.delete();
        CommitmentVersion.recordDeletion(commitment.id, Instant.now());
        changes.fire(AggregateChanged.deleted(CommitmentsServiceContract.COMMITMENTS, commitment.id.toString(), commitment.version));
    }

    private Commitment findForChange(UUID id) {
        return Commitment.<Commitment>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no commitment " + id + "."));
    }

    private void announceUpserted(Commitment commitment) {
        changes.fire(AggregateChanged.upserted(CommitmentsServiceContract.COMMITMENTS, commitment.id.toString(), commitment.version, commitment));
    }
}
