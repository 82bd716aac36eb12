package org.coalitiontracker.kit.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ChangedFieldsTests {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void aFirstVersionChangesEveryFieldItHasAndBookkeepingIsNeverListed() throws JsonProcessingException {
        assertEquals(List.of("name", "sources"),
                RecordHistory.changedFields(null, json("{\"sources\": [], \"name\": \"x\", \"version\": 0, \"updatedAt\": \"t\", \"note\": null}")));
    }

    @Test
    void nestedValuesCompareWholeAndAFieldThatGoesCounts() throws JsonProcessingException {
        JsonNode before = json("{\"name\": \"x\", \"sources\": [{\"url\": \"a\"}], \"note\": \"n\", \"version\": 1}");
        JsonNode after = json("{\"name\": \"x\", \"sources\": [{\"url\": \"b\"}], \"version\": 2}");
        assertEquals(List.of("note", "sources"), RecordHistory.changedFields(before, after));
        assertEquals(List.of(), RecordHistory.changedFields(before, json("{\"name\": \"x\", \"sources\": [{\"url\": \"a\"}], \"note\": \"n\", \"version\": 2}")));
    }

    @Test
    void aDeletionChangesNoField() throws JsonProcessingException {
        assertEquals(List.of(), RecordHistory.changedFields(json("{\"name\": \"x\"}"), null));
    }

    private static JsonNode json(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }
}
