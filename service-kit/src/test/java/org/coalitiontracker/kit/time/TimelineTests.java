package org.coalitiontracker.kit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.coalitiontracker.kit.problem.FieldError;
import org.coalitiontracker.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The timeline rules every record that keeps a value over world time follows. */
class TimelineTests {

    record Step(String value, PartialDate date) implements Timeline.Step<String> {
    }

    private static final Timeline.Fields FIELDS = new Timeline.Fields("status", "statusHistory", "on");
    private static final Timeline.Transition<String> NEVER_BACK_TO_A = (from, to, field) -> {
        if (to.equals("A") && !from.equals("A")) {
            throw ProblemException.ruleViolated(field, "never back to A");
        }
    };

    private static Step step(String value, String date) {
        return new Step(value, date == null ? null : PartialDate.parse(date));
    }

    private static List<Step> resolve(List<Step> given, String value, List<Step> stored, String firstDate) {
        return Timeline.resolve(given, value, stored, firstDate == null ? null : PartialDate.parse(firstDate), Step::new, FIELDS, NEVER_BACK_TO_A);
    }

    private static String refusedField(Runnable write) {
        ProblemException refused = assertThrows(ProblemException.class, write::run);
        return refused.errors().stream().map(FieldError::field).findFirst().orElseThrow();
    }

    @Test
    void aValueAloneIsTheFirstStepDatedByTheRecordThenUndatedSteps() {
        List<Step> first = resolve(null, "A", List.of(), "2025-09");
        assertEquals(List.of(step("A", "2025-09")), first);
        assertEquals(List.of(step("A", "2025-09"), step("B", null)), resolve(null, "B", first, "2025-09"));
        assertEquals(first, resolve(null, "A", first, "2025-09"), "the same value adds nothing");
        assertEquals(first, resolve(null, null, first, null), "a timeline left out keeps the stored one");
    }

    @Test
    void aTimelineGivenReplacesTheStoredOneAndAValueDifferentFromItsLastIsAdded() {
        List<Step> given = List.of(step("A", "2025-03"), step("B", "2025-08-18"));
        assertEquals(given, resolve(given, null, List.of(step("C", null)), null));
        assertEquals(List.of(step("A", "2025-03"), step("B", "2025-08-18"), step("C", null)), resolve(given, "C", List.of(), null));
    }

    @Test
    void theRulesNameTheFieldThatBreaksThem() {
        assertEquals("status", refusedField(() -> resolve(List.of(), null, List.of(), null)));
        // 2025-08-18 after 2025-08 goes back: "August" counts from the 31st.
        assertEquals("statusHistory[1].on", refusedField(() -> resolve(List.of(step("A", "2025-08"), step("B", "2025-08-18")), null, List.of(), null)));
        assertEquals("statusHistory[1].status", refusedField(() -> resolve(List.of(step("B", null), step("A", null)), null, List.of(), null)));
        assertEquals("status", refusedField(() -> resolve(List.of(step("B", null)), "A", List.of(), null)));
        // An undated step between dated ones does not break the order of the dated ones.
        assertEquals(3, resolve(List.of(step("A", "2025-03"), step("B", null), step("C", "2025-09")), null, List.of(), null).size());
    }

    @Test
    void theValueOnADayIsThatOfTheLastStepCountingByThenAndAnUndatedStepCountsForNoDay() {
        List<Step> timeline = List.of(step("A", "2025-03"), step("B", "2025-08-18"), step("C", null));
        assertEquals(Optional.empty(), Timeline.valueOn(timeline, LocalDate.of(2025, 3, 30)));
        assertEquals(Optional.of("A"), Timeline.valueOn(timeline, LocalDate.of(2025, 3, 31)));
        assertEquals(Optional.of("A"), Timeline.valueOn(timeline, LocalDate.of(2025, 8, 17)));
        assertEquals(Optional.of("B"), Timeline.valueOn(timeline, LocalDate.of(2025, 8, 18)));
        assertEquals(Optional.of("B"), Timeline.valueOn(timeline, LocalDate.of(2099, 1, 1)));
    }
}
