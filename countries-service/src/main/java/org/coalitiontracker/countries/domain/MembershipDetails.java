package org.coalitiontracker.countries.domain;

import java.time.LocalDate;
import java.util.List;

import org.coalitiontracker.kit.source.Source;

/** The fields of a membership that a client sets. */
public record MembershipDetails(MembershipRole role, MembershipStatus status, LocalDate joinedOn, LocalDate leftOn,
        List<Stance> stances, String notes, List<Source> sources) {
}
