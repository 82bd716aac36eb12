package org.coalitiontracker.events.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an event stands: announced, confirmed, held, postponed or cancelled.")
public enum EventStatus {
    ANNOUNCED, CONFIRMED, HELD, POSTPONED, CANCELLED
}
