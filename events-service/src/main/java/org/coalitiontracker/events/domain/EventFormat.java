package org.coalitiontracker.events.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the participants meet.")
public enum EventFormat {
    IN_PERSON, VIRTUAL, HYBRID
}
