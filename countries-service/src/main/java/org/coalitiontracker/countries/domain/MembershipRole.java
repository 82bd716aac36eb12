package org.coalitiontracker.countries.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A member's role in a coalition: `LEAD` (leads or co-leads it), `MEMBER`, `PARTNER` (associated, not a full member), `OBSERVER`.")
public enum MembershipRole {
    LEAD,
    MEMBER,
    PARTNER,
    OBSERVER
}
