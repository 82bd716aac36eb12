package org.coalitiontracker.commitments.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.time.PartialDate;

/**
 * A commitment's statuses in the world, oldest first: the rules a timeline keeps and the status in
 * force on a day. See docs/api-decisions.md, "Two kinds of time".
 *
 * <p>A write may send {@code statusHistory} (the whole timeline), {@code status} alone, or both.
 * A {@code status} that differs from the timeline's last step is appended to it as a step of its
 * own, dated with {@code announcedOn} when it is the first step and undated otherwise (the write
 * says what changed, not when). A timeline left out keeps the stored one.
 */
public final class StatusTimeline {

    private StatusTimeline() {
    }

    /**
     * The timeline a write gives: {@code given} (or, when null, {@code stored}), with {@code status}
     * appended if it differs from its last step. Refused (422) if the result is empty, goes
     * backwards in time, or takes a status change the rules do not allow.
     */
    static List<StatusChange> resolve(List<StatusChange> given, CommitmentStatus status, PartialDate announcedOn, List<StatusChange> stored) {
        List<StatusChange> steps = new ArrayList<>(given == null ? stored : given);
        boolean appended = false;
        if (status != null && (steps.isEmpty() || steps.get(steps.size() - 1).status() != status)) {
            steps.add(steps.isEmpty() ? StatusChange.dated(status, announcedOn) : StatusChange.undated(status));
            appended = true;
        }
        if (steps.isEmpty()) {
            throw ProblemException.ruleViolated("status", "A commitment has a status: give `status` or `statusHistory`.");
        }
        PartialDate latest = null;
        int latestAt = -1;
        for (int i = 0; i < steps.size(); i++) {
            StatusChange step = steps.get(i);
            String field = appended && i == steps.size() - 1 ? "status" : "statusHistory[" + i + "]";
            if (i > 0) {
                steps.get(i - 1).status().requireCanBecome(step.status(), field.equals("status") ? "status" : field + ".status");
            }
            if (step.on() != null) {
                if (latest != null && step.on().compareTo(latest) < 0) {
                    throw ProblemException.ruleViolated(field + ".on", "A timeline never goes back in time: " + step.on()
                            + " is before statusHistory[" + latestAt + "].on, " + latest + ".");
                }
                latest = step.on();
                latestAt = i;
            }
        }
        return List.copyOf(steps);
    }

    /** The status in force on {@code day}: that of the last step that had happened by then; empty before the first. */
    static Optional<CommitmentStatus> statusOn(List<StatusChange> timeline, LocalDate day) {
        Optional<CommitmentStatus> status = Optional.empty();
        for (StatusChange step : timeline) {
            if (step.countsOn(day)) {
                status = Optional.of(step.status());
            }
        }
        return status;
    }
}
