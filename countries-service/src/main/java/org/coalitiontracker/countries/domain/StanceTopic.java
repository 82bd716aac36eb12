package org.coalitiontracker.countries.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a stance is about: `GROUND_TROOPS_IN_UKRAINE`, `FORCES_IN_NEIGHBOURING_COUNTRIES` "
        + "(forces stationed in countries bordering Ukraine), `AIR_SUPPORT`, `MARITIME` (e.g. Black Sea security), `OTHER`.")
public enum StanceTopic {
    GROUND_TROOPS_IN_UKRAINE,
    FORCES_IN_NEIGHBOURING_COUNTRIES,
    AIR_SUPPORT,
    MARITIME,
    OTHER
}
