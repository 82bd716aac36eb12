package org.coalitiontracker.kit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.problem.ProblemType;
import org.junit.jupiter.api.Test;

class QueryParamsTests {

    enum Role { LEAD, MEMBER }

    @Test
    void enumValuesIgnoreCaseAndListTheAllowedOnesWhenUnknown() {
        assertEquals(Optional.of(Role.LEAD), QueryParams.enumValue("role", "lead", Role.class));
        assertEquals(Optional.empty(), QueryParams.enumValue("role", " ", Role.class));
        ProblemException failure = assertThrows(ProblemException.class, () -> QueryParams.enumValue("role", "boss", Role.class));
        assertEquals(ProblemType.INVALID_PARAMETER, failure.type());
        assertEquals("role", failure.errors().get(0).field());
        assertTrue(failure.errors().get(0).message().contains("LEAD, MEMBER"));
    }

    @Test
    void instantsTakeAnOffsetOrADateAtUtcMidnight() {
        assertEquals(Instant.parse("2025-09-04T09:00:00Z"),
                QueryParams.instantOrDate("from", "2025-09-04T11:00:00+02:00").orElseThrow());
        assertEquals(Instant.parse("2025-09-04T00:00:00Z"), QueryParams.instantOrDate("from", "2025-09-04").orElseThrow());
        assertThrows(ProblemException.class, () -> QueryParams.instantOrDate("from", "2025-09-04T11:00:00"));
        assertThrows(ProblemException.class, () -> QueryParams.date("asOf", "2025-02-30"));
        assertEquals(LocalDate.of(2025, 9, 4), QueryParams.date("asOf", "2025-09-04").orElseThrow());
    }

    @Test
    void countryCodesAreTwoLettersInAnyCase() {
        assertEquals(Optional.of("FR"), QueryParams.countryCode("country", "fr"));
        assertThrows(ProblemException.class, () -> QueryParams.countryCode("country", "FRA"));
        assertThrows(ProblemException.class, () -> QueryParams.countryCode("country", "F1"));
    }

    @Test
    void textRefusesNulAndOverlongValues() {
        assertEquals(Optional.of("paris"), QueryParams.text("q", "  paris ", 10));
        assertThrows(ProblemException.class, () -> QueryParams.text("q", "a\u0000b", 10));
        assertThrows(ProblemException.class, () -> QueryParams.text("q", "x".repeat(11), 10));
    }

    @Test
    void pageSizeIsCappedAndBadNumbersAreRefused() {
        assertEquals(new PageRequest(0, PageRequest.DEFAULT_SIZE), PageRequest.parse(null, null));
        assertEquals(new PageRequest(2, PageRequest.MAX_SIZE), PageRequest.parse("2", "5000"));
        assertEquals(30, PageRequest.parse("3", "10").offset());
        assertThrows(ProblemException.class, () -> PageRequest.parse("-1", "10"));
        assertThrows(ProblemException.class, () -> PageRequest.parse("0", "0"));
        assertThrows(ProblemException.class, () -> PageRequest.parse("1.5", "10"));
        assertThrows(ProblemException.class, () -> PageRequest.parse("99999999999", "10"));
    }
}
