package org.coalitiontracker.commitments.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.persistence.Pages;

/** The versions of a commitment, oldest first. They are written by {@link CommitmentService}. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitmentHistory {

    private final CommitmentService commitments;

    public CommitmentHistory(CommitmentService commitments) {
        this.commitments = commitments;
    }

    public Page<CommitmentVersion> of(UUID commitmentId, PageRequest page) {
        commitments.findReadOnly(commitmentId);
        return Pages.fetch(CommitmentVersion.historyOf(commitmentId), page, version -> version);
    }
}
