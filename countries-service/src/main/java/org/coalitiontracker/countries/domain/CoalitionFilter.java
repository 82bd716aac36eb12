package org.coalitiontracker.countries.domain;

import java.time.Instant;
import java.util.Optional;

/** The optional filters of the coalition list; each one given narrows it. */
public record CoalitionFilter(Optional<String> text, Optional<Instant> updatedSince) {
}
