package org.coalitiontracker.events.domain;

import java.util.List;

import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.source.Source;

/** The fields of a participant that a client sets. */
public record ParticipantDetails(ParticipantRole role, Attendance attendance, String representedBy, String notes, List<Source> sources,
        List<Claim> claims) {
}
