package org.coalitiontracker.countries.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A member's position on a topic: `SUPPORTS`, `OPPOSES`, `CONDITIONAL` (supports if its `conditions` are met), `UNDECIDED`.")
public enum StancePosition {
    SUPPORTS,
    OPPOSES,
    CONDITIONAL,
    UNDECIDED
}
