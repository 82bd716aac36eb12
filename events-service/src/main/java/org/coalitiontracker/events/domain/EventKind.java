package org.coalitiontracker.events.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of meeting an event is.")
public enum EventKind {
    LEADERS_SUMMIT, MINISTERIAL, MILITARY_PLANNING, BILATERAL, CALL, OTHER
}
