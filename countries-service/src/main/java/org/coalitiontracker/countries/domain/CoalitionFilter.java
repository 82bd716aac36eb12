package org.coalitiontracker.countries.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The optional filters of the coalition list; each one given narrows it. */
public record CoalitionFilter(Optional<String> text, Optional<LocalDate> asOf, Optional<Instant> knownAt, Optional<Instant> updatedSince) {
}
