package org.coalitiontracker.countries.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.time.PartialDate;

/**
 * A member's roles in the world, oldest first (docs/api-decisions.md, "Two kinds of time"). The
 * same rules as a commitment's status timeline: a {@code role} other than the last step's is
 * added as a step, dated by {@code joinedOn} when it is the first and undated otherwise; a
 * timeline left out keeps the stored one; dated steps never go backwards.
 */
final class RoleTimeline {

    private RoleTimeline() {
    }

    static List<RoleChange> resolve(List<RoleChange> given, MembershipRole role, PartialDate joinedOn, List<RoleChange> stored) {
        List<RoleChange> steps = new ArrayList<>(given == null ? stored : given);
        if (role != null && (steps.isEmpty() || steps.get(steps.size() - 1).role() != role)) {
            steps.add(new RoleChange(role, steps.isEmpty() ? joinedOn : null, List.of(), null));
        }
        if (steps.isEmpty()) {
            throw ProblemException.ruleViolated("role", "A member has a role: give `role` or `roleHistory`.");
        }
        PartialDate latest = null;
        int latestAt = -1;
        for (int i = 0; i < steps.size(); i++) {
            PartialDate from = steps.get(i).from();
            if (from != null) {
                if (latest != null && from.compareTo(latest) < 0) {
                    throw ProblemException.ruleViolated("roleHistory[" + i + "].from", "A timeline never goes back in time: " + from
                            + " is before roleHistory[" + latestAt + "].from, " + latest + ".");
                }
                latest = from;
                latestAt = i;
            }
        }
        return List.copyOf(steps);
    }

    /**
     * The role in force on {@code day}: that of the last step whose date counts by then, or the
     * first step's when none does (the role a member joined in).
     */
    static MembershipRole roleOn(List<RoleChange> timeline, LocalDate day) {
        MembershipRole role = timeline.isEmpty() ? null : timeline.get(0).role();
        for (RoleChange step : timeline) {
            if (step.from() != null && step.from().countsOn(day)) {
                role = step.role();
            }
        }
        return role;
    }
}
