package org.coalitiontracker.kit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class StrictValuesJsonCustomizerTests {

    record Dated(LocalDate on, OffsetDateTime at) {
    }

    private final ObjectMapper mapper = strictMapper();

    @Test
    void datesAndDateTimesAreReadFromIso8601TextOrNull() throws Exception {
        Dated dated = mapper.readValue("{\"on\": \"2025-09-04\", \"at\": \"2025-09-04T11:00:00+02:00\"}", Dated.class);
        assertEquals(LocalDate.of(2025, 9, 4), dated.on());
        assertEquals(OffsetDateTime.parse("2025-09-04T11:00:00+02:00"), dated.at());
        assertNull(mapper.readValue("{\"on\": null, \"at\": null}", Dated.class).on());
    }

    @Test
    void aDateGivenAsAnArrayANumberOrBadTextIsRefused() {
        // Jackson's own reader takes [2025, 9, 4] for a date and [] for no date at all.
        for (String value : new String[] { "[]", "[2025, 9, 4]", "20250904", "true", "{}", "\"2025-02-30\"", "\"04/09/2025\"" }) {
            assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"on\": " + value + "}", Dated.class), value);
        }
    }

    @Test
    void aDateTimeGivenAsANumberOrAnArrayIsRefused() {
        for (String value : new String[] { "0", "1e400", "[]", "[2025, 9, 4, 11, 0]", "\"2025-09-04T11:00:00\"" }) {
            assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"at\": " + value + "}", Dated.class), value);
        }
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictValuesJsonCustomizer().customize(mapper);
        return mapper;
    }
}
