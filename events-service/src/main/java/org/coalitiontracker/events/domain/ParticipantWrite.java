package org.coalitiontracker.events.domain;

/** The outcome of putting a participant: the participant as stored, and whether it is new. */
public record ParticipantWrite(Participant participant, boolean created) {
}
