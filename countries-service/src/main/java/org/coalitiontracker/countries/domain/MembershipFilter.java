package org.coalitiontracker.countries.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The optional filters of a coalition's member list; each one given narrows it. */
public record MembershipFilter(Optional<MembershipRole> role, Optional<MembershipStatus> status, Optional<Bloc> bloc,
        Optional<LocalDate> asOf, Optional<Instant> knownAt, Optional<Instant> updatedSince) {
}
