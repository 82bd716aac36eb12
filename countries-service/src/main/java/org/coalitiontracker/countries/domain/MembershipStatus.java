package org.coalitiontracker.countries.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a membership stands: `ACTIVE`, `PROSPECTIVE` (expected to join), `WITHDRAWN` (has left).")
public enum MembershipStatus {
    ACTIVE,
    PROSPECTIVE,
    WITHDRAWN
}
