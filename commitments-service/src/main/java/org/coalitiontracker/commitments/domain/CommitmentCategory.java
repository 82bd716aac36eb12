package org.coalitiontracker.commitments.domain;

/** What kind of contribution a commitment is. */
public enum CommitmentCategory {
    GROUND_FORCES,
    AIR,
    MARITIME,
    AIR_DEFENCE,
    TRAINING,
    EQUIPMENT,
    FINANCING,
    LOGISTICS,
    SUPPORT_FORCES_NEIGHBOURING,
    MONITORING,
    OTHER
}
