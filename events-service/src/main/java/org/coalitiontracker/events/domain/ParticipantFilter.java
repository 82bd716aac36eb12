package org.coalitiontracker.events.domain;

import java.time.Instant;
import java.util.Optional;

/** The optional filters of an event's participant list; every present one must hold. */
public record ParticipantFilter(Optional<Instant> updatedSince) {
}
