package org.coalitiontracker.countries.domain;

import java.util.List;

import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;
import org.coalitiontracker.kit.time.Timeline;

/**
 * The fields of a membership that a client sets. {@code role} is the last step of
 * {@code roleHistory}; in a write not yet resolved, either may be null (see {@link Timeline}).
 */
public record MembershipDetails(MembershipRole role, List<RoleChange> roleHistory, MembershipStatus status, PartialDate joinedOn,
        PartialDate leftOn, List<Stance> stances, String notes, List<Source> sources,
        List<Claim> claims) {

    /** With the role timeline resolved against the stored one ({@code stored}; empty for a new membership). */
    MembershipDetails withTimelineResolved(List<RoleChange> stored) {
        List<RoleChange> timeline = Timeline.resolve(roleHistory, role, stored, joinedOn, RoleChange::of, RoleChange.FIELDS, Timeline.Transition.any());
        return new MembershipDetails(timeline.get(timeline.size() - 1).role(), timeline, status, joinedOn, leftOn, stances, notes, sources, claims);
    }
}
