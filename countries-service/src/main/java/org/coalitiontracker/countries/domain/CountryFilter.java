package org.coalitiontracker.countries.domain;

import java.time.Instant;
import java.util.Optional;

/** The optional filters of the country list; each one given narrows it. */
public record CountryFilter(Optional<String> text, Optional<Bloc> bloc, Optional<Instant> updatedSince) {
}
