package org.coalitiontracker.events.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How a country attends an event.")
public enum Attendance {
    IN_PERSON, VIRTUAL, PHONE, UNKNOWN
}
