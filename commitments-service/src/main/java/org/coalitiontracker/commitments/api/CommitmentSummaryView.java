package org.coalitiontracker.commitments.api;

import java.util.List;

import org.coalitiontracker.commitments.domain.GroupTotals;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Commitments counted and totalled per group.")
public record CommitmentSummaryView(
        @Schema(description = "What the groups are: `country`, `category`, `status` or `stationedIn`.", examples = "category")
        String groupBy,
        @Schema(description = "One entry per group that has commitments, sorted by key; the group without a value (such as commitments "
                + "stationed nowhere) comes last and has no `key`.")
        List<Group> groups) {

    @Schema(name = "CommitmentSummaryGroup", description = "The totals of one group.")
    public record Group(
            @Schema(description = "The group's value: a country code, a category or a status. Left out for commitments without a value.",
                    examples = "GROUND_FORCES")
            String key,
            @Schema(description = "Number of commitments in the group.", examples = "3")
            long count,
            @Schema(description = "Total personnel of the group's commitments (those without a number count as 0).", examples = "12000")
            long personnel,
            @Schema(description = "Total money per currency, sorted by currency code; currencies are never converted or added together.")
            List<MoneyAmount> amounts) {

        static Group of(GroupTotals totals) {
            return new Group(totals.key(), totals.count(), totals.personnel(), totals.amounts().stream().map(MoneyAmount::of).toList());
        }
    }
}
