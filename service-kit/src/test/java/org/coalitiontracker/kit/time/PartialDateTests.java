package org.coalitiontracker.kit.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTests {

    @ParameterizedTest
    @ValueSource(strings = {"2025", "2025-02", "2025-02-14", "2024-02-29", "0001", "9999-12-31"})
    void aDateOfAnyPrecisionRoundTripsAsItsText(String text) {
        assertEquals(text, PartialDate.parse(text).toString());
        assertEquals(PartialDate.parse(text), new PartialDateConverter().convertToEntityAttribute(
                new PartialDateConverter().convertToDatabaseColumn(PartialDate.parse(text))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2025-02-30", "2025-00", "2023-02-29", "0000", "25", "2025-2", "2025-02-1", "2025/02", " 2025",
            "2025-02-14T10:00", "", "+2025", "２０２５"})
    void anythingElseIsRefused(String text) {
        assertEquals(Optional.empty(), PartialDate.tryParse(text));
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> PartialDate.parse(text));
        assertTrue(failure.getMessage().contains(PartialDate.MESSAGE));
    }

    @Test
    void aFactCountsFromTheLastDayOfItsPeriod() {
        assertEquals(LocalDate.of(2025, 2, 28), PartialDate.parse("2025-02").lastDay());
        assertEquals(LocalDate.of(2024, 2, 29), PartialDate.parse("2024-02").lastDay());
        assertEquals(LocalDate.of(2025, 12, 31), PartialDate.parse("2025").lastDay());
        assertEquals(LocalDate.of(2025, 2, 14), PartialDate.parse("2025-02-14").lastDay());
        // "Launched in February 2025" is not yet supported on the 14th, and is on the 28th.
        assertFalse(PartialDate.parse("2025-02").countsOn(LocalDate.of(2025, 2, 14)));
        assertTrue(PartialDate.parse("2025-02").countsOn(LocalDate.of(2025, 2, 28)));
        assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2025-02").precision());
        assertEquals(LocalDate.of(2025, 2, 1), PartialDate.parse("2025-02").firstDay());
    }

    @Test
    void datesSortByWhenTheyCountThenByPrecisionTotally() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("2025"), PartialDate.parse("2025-12-31"),
                PartialDate.parse("2025-02"), PartialDate.parse("2025-02-28"), PartialDate.parse("2025-02-14"), PartialDate.parse("2025-12")));
        Collections.shuffle(dates);
        Collections.sort(dates);
        assertEquals(List.of("2025-02-14", "2025-02", "2025-02-28", "2025", "2025-12", "2025-12-31"),
                dates.stream().map(PartialDate::toString).toList());
    }
}
