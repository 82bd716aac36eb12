package org.coalitiontracker.events.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.coalitiontracker.events.domain.Event;
import org.coalitiontracker.events.domain.Participant;
import org.coalitiontracker.events.readcopy.ActiveMemberships;

/**
 * Whether each participant of some events is an active member of its event's coalition, looked
 * up for all of them at once. No flag at all (null) for an event without a coalition, and for
 * the representation published in change events ({@link #NOT_SHOWN}).
 */
final class MemberFlags {

    static final MemberFlags NOT_SHOWN = new MemberFlags(null);

    private final Set<String> activeMemberships;

    private MemberFlags(Set<String> activeMemberships) {
        this.activeMemberships = activeMemberships;
    }

    static MemberFlags of(List<Event> events, ActiveMemberships memberships) {
        List<String> keys = new ArrayList<>();
        for (Event event : events) {
            if (event.coalitionId != null) {
                event.participants.forEach(p -> keys.add(ActiveMemberships.key(event.coalitionId, p.countryCode())));
            }
        }
        return new MemberFlags(memberships.activeAmong(keys));
    }

    Boolean of(Participant participant) {
        String coalitionId = participant.event.coalitionId;
        if (activeMemberships == null || coalitionId == null) {
            return null;
        }
        return activeMemberships.contains(ActiveMemberships.key(coalitionId, participant.countryCode()));
    }
}
