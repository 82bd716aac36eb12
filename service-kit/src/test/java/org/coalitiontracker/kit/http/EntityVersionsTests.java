package org.coalitiontracker.kit.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.problem.ProblemType;
import org.junit.jupiter.api.Test;

class EntityVersionsTests {

    @Test
    void absentWildcardOrCurrentTagMatches() {
        assertDoesNotThrow(() -> EntityVersions.requireMatch(null, 3));
        assertDoesNotThrow(() -> EntityVersions.requireMatch("*", 3));
        assertDoesNotThrow(() -> EntityVersions.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> EntityVersions.requireMatch("\"1\", \"3\"", 3));
    }

    @Test
    void staleWeakOrUnquotedTagsFailWith412() {
        for (String stale : new String[] { "\"2\"", "W/\"3\"", "3", "garbage" }) {
            ProblemException failure = assertThrows(ProblemException.class, () -> EntityVersions.requireMatch(stale, 3));
            assertEquals(ProblemType.PRECONDITION_FAILED, failure.type(), stale);
        }
    }

    @Test
    void anyIfMatchOnANewResourceFails() {
        assertDoesNotThrow(() -> EntityVersions.requireNoneForNewResource(null));
        assertThrows(ProblemException.class, () -> EntityVersions.requireNoneForNewResource("*"));
    }

    @Test
    void etagIsTheQuotedVersion() {
        assertEquals("\"7\"", EntityVersions.etag(7).toString());
    }
}
