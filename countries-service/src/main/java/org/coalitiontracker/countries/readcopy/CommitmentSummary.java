package org.coalitiontracker.countries.readcopy;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A member's commitments to the coalition, counted (from commitments-service, via its change events).")
public record CommitmentSummary(
        @Schema(description = "All its commitments to this coalition.", examples = "3")
        long total,
        @Schema(description = "Counts by category, such as `{\"GROUND_FORCES\": 1, \"TRAINING\": 2}`.")
        Map<String, Long> byCategory,
        @Schema(description = "Counts by status, such as `{\"PLEDGED\": 2, \"CONFIRMED\": 1}`.")
        Map<String, Long> byStatus) {
}
