package org.coalitiontracker.kit.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;

import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTests {

    @Test
    void aPathUuidIsReadInAnyCase() {
        UUID id = UUID.fromString("3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11");
        assertEquals(id, Identifiers.uuidOrNotFound("3F1C0A52-6F0E-4D7E-9A51-0D7F3B7E2C11", "event"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-1-1-1-1", "not-a-uuid", "3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c1", "", "3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11 "})
    void textThatIsNotAUuidNamesNothing(String raw) {
        ProblemException failure = assertThrows(ProblemException.class, () -> Identifiers.uuidOrNotFound(raw, "event"));
        assertEquals(ProblemType.NOT_FOUND, failure.type());
        assertEquals("There is no event '" + raw + "'.", failure.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Coalition", "a--b", "-a", "a b", "a-very-long-slug-that-goes-on-and-on-past-the-limit-of-sixty-four-chars"})
    void textThatIsNotASlugNamesNothing(String raw) {
        assertEquals(ProblemType.NOT_FOUND,
                assertThrows(ProblemException.class, () -> Identifiers.slugOrNotFound(raw, "coalition")).type());
    }

    @Test
    void slugsAndCountryCodesPassAsStored() {
        assertEquals("coalition-of-the-willing", Identifiers.slugOrNotFound("coalition-of-the-willing", "coalition"));
        assertEquals("FR", Identifiers.countryCodeOrNotFound("fr", "member"));
        assertEquals(ProblemType.NOT_FOUND,
                assertThrows(ProblemException.class, () -> Identifiers.countryCodeOrNotFound("FRA", "member")).type());
        assertNull(Identifiers.upperCase(null));
    }
}
