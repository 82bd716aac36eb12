package org.coalitiontracker.commitments.domain;

/** What a commitment depends on, as its sources report it. */
public enum CommitmentCondition {
    US_BACKSTOP,
    CEASEFIRE,
    PEACE_AGREEMENT,
    PARLIAMENTARY_APPROVAL,
    UN_MANDATE,
    OTHER
}
