package org.coalitiontracker.commitments.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.coalitiontracker.commitments.readcopy.ReferenceNames;

/** A commitment read to be shown, with the names the read copies held for it when it was read. */
public record ShownCommitment(CommitmentSnapshot snapshot, ReferenceNames names) {

    /** As it stood in the world on {@code day}; empty if its timeline had not begun. */
    public Optional<ShownCommitment> asOf(LocalDate day) {
        return snapshot.asOf(day).map(then -> new ShownCommitment(then, names));
    }
}
