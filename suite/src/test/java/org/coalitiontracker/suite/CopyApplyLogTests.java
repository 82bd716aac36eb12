package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.util.List;

import org.coalitiontracker.suite.CopyApplyLog.Applied;
import org.junit.jupiter.api.Test;

/** What the apply log's check calls wrong, on applies made up for it. */
class CopyApplyLogTests {

    private static final Timestamp AT = Timestamp.valueOf("2026-12-04 21:00:00");

    @Test
    void versionsInIncreasingOrderPerCopyAndKeyAreRight() {
        List<Applied> applied = List.of(
                applied(SuiteService.EVENTS, "a", null, 0), applied(SuiteService.EVENTS, "a", 0L, 2),
                applied(SuiteService.COMMITMENTS, "a", null, 0), applied(SuiteService.EVENTS, "b", null, 5),
                applied(SuiteService.COMMITMENTS, "a", 0L, 1), applied(SuiteService.EVENTS, "a", 2L, 3));
        assertEquals(List.of(), CopyApplyLog.outOfOrderOrRepeated(applied));
    }

    @Test
    void aVersionAppliedTwiceOrAfterANewerOneIsWrong() {
        List<Applied> applied = List.of(
                applied(SuiteService.EVENTS, "a", null, 0), applied(SuiteService.EVENTS, "a", 0L, 0),
                applied(SuiteService.EVENTS, "b", null, 3), applied(SuiteService.EVENTS, "b", 3L, 2),
                // a copy cleared (a rebuild) and filled again in the wrong order
                applied(SuiteService.COMMITMENTS, "c", null, 4), applied(SuiteService.COMMITMENTS, "c", null, 1));
        assertEquals(List.of(
                "events-service coalition-tracker.memberships a: version 0 replaced 0",
                "events-service coalition-tracker.memberships b: version 2 replaced 3",
                "commitments-service coalition-tracker.memberships c: version 1 applied after 4"), CopyApplyLog.outOfOrderOrRepeated(applied));
    }

    private static Applied applied(SuiteService copy, String key, Long replaced, long version) {
        return new Applied(copy, Convergence.MEMBERSHIPS, key, replaced, version, AT);
    }
}
