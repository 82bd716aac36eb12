package org.coalitiontracker.events.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The part a country plays at an event.")
public enum ParticipantRole {
    HOST, CO_CHAIR, PARTICIPANT, OBSERVER, GUEST
}
