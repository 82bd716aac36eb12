package org.coalitiontracker.commitments.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.coalitiontracker.kit.problem.ProblemException;

/**
 * Where a commitment stands. A commitment moves forward along consideration, pledge,
 * confirmation and delivery, and may skip steps, because sources often first report a
 * commitment when it is already confirmed or delivered and history must not invent a pledge
 * nobody reported. It never moves back: a commitment that shrinks or fails is WITHDRAWN. A
 * withdrawn commitment may come back only as a new consideration or a re-pledge, because the
 * confirmation it had is void. DELIVERED is final: a delivery has happened.
 */
public enum CommitmentStatus {
    UNDER_CONSIDERATION,
    PLEDGED,
    CONFIRMED,
    DELIVERED,
    WITHDRAWN;

    /** The rules above as a table, for the API documentation. */
    public static final String TRANSITIONS = """
            Allowed status changes (setting the same status again is always allowed; on create any status is accepted):

            | from | to |
            |---|---|
            | UNDER_CONSIDERATION | PLEDGED, CONFIRMED, DELIVERED, WITHDRAWN |
            | PLEDGED | CONFIRMED, DELIVERED, WITHDRAWN |
            | CONFIRMED | DELIVERED, WITHDRAWN |
            | DELIVERED | none: final |
            | WITHDRAWN | UNDER_CONSIDERATION, PLEDGED (a re-pledge; never straight to CONFIRMED or DELIVERED) |

            Any other change is refused with 422 (`urn:coalition-tracker:problem:rule-violated`) naming the rule.""";

    public Set<CommitmentStatus> allowedNext() {
        return switch (this) {
            case UNDER_CONSIDERATION -> EnumSet.of(PLEDGED, CONFIRMED, DELIVERED, WITHDRAWN);
            case PLEDGED -> EnumSet.of(CONFIRMED, DELIVERED, WITHDRAWN);
            case CONFIRMED -> EnumSet.of(DELIVERED, WITHDRAWN);
            case DELIVERED -> EnumSet.noneOf(CommitmentStatus.class);
            case WITHDRAWN -> EnumSet.of(UNDER_CONSIDERATION, PLEDGED);
        };
    }

    /** Refused (422 naming {@code field}) unless the rules allow this status to become {@code next}. */
    public void requireCanBecome(CommitmentStatus next, String field) {
        if (next == this || allowedNext().contains(next)) {
            return;
        }
        throw ProblemException.ruleViolated(field, "The status cannot change from " + this + " to " + next + ": " + ruleBroken(next)
                + " Allowed from " + this + ": " + describe(allowedNext()) + ".");
    }

    private String ruleBroken(CommitmentStatus next) {
        if (this == DELIVERED) {
            return "DELIVERED is final.";
        }
        if (this == WITHDRAWN) {
            return "a withdrawn commitment comes back only as UNDER_CONSIDERATION or PLEDGED (a re-pledge), never straight to " + next + ".";
        }
        return "a commitment moves forward (UNDER_CONSIDERATION, PLEDGED, CONFIRMED, DELIVERED) and never back; record a retraction as WITHDRAWN.";
    }

    private static String describe(Set<CommitmentStatus> statuses) {
        return statuses.isEmpty() ? "none" : statuses.stream().map(Enum::name).collect(Collectors.joining(", "));
    }
}
