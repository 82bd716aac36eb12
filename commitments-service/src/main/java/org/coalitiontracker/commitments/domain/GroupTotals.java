package org.coalitiontracker.commitments.domain;

import java.util.List;

/** The commitments of one group: how many, their personnel, and their money per currency. */
public record GroupTotals(String key, long count, long personnel, List<Money> amounts) {
}
