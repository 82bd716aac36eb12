package org.coalitiontracker.kit.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

class JsonInsertionsTests {

    /** As the services' mapper writes views: fields in alphabetical order, nulls left out. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    record Part(String code, List<String> tags, Boolean flag, String after) {
    }

    record Whole(String id, String code, String codeName, Part nested, List<Part> parts, String zLast, String zz) {
    }

    private static String json(Object value) throws Exception {
        return MAPPER.writeValueAsString(value);
    }

    @Test
    void fieldsPutInAreWhereTheMapperWritesThemForTheWholeRecord() throws Exception {
        List<String> tags = List.of("a,\"b\"", "}");
        Whole stored = new Whole("1", "FR", null, new Part("in", tags, null, "x"),
                List.of(new Part("DE", tags, null, "y"), new Part("GB", List.of(), null, null)), "end", null);
        Whole answered = new Whole("1", "FR", "Fr\"ance ü", stored.nested(),
                List.of(new Part("DE", tags, true, "y"), new Part("GB", List.of(), false, null)), "end", "last");

        JsonInsertions insertions = JsonInsertions.of(MAPPER, json(stored), "parts");
        assertEquals(Optional.of("FR"), insertions.root().text("code"));
        assertEquals(List.of("DE", "GB"), insertions.objects("parts").stream().map(part -> part.text("code").orElseThrow()).toList(),
                "only the parts' codes, not the nested object's");
        insertions.root().put("codeName", "Fr\"ance ü").put("zz", "last");
        insertions.objects("parts").get(0).put("flag", true);
        insertions.objects("parts").get(1).put("flag", false);

        assertEquals(json(answered), insertions.json());
    }

    @Test
    void nothingIsPutForANullValueAndAFieldGoesIntoAnEmptyObject() throws Exception {
        JsonInsertions empty = JsonInsertions.of(MAPPER, "{}");
        empty.root().put("a", null);
        assertEquals("{}", empty.json());
        empty.root().put("a", 1);
        assertEquals("{\"a\":1}", empty.json());
    }

    @Test
    void aNullOrStructuredValueHasNoText() {
        String stored = "{\"a\":null,\"b\":[1,2],\"c\":{\"d\":1},\"e\":12.5,\"f\":true}";
        JsonInsertions insertions = JsonInsertions.of(MAPPER, stored);
        assertEquals(Arrays.asList(null, null, null, "12.5", "true"),
                List.of("a", "b", "c", "e", "f").stream().map(field -> insertions.root().text(field).orElse(null)).toList());
    }

    @Test
    void fieldsOutOfAlphabeticalOrderOrAFieldAlreadyThereAreRefused() {
        assertThrows(IllegalStateException.class, () -> JsonInsertions.of(MAPPER, "{\"b\":1,\"a\":2}"));
        assertThrows(IllegalStateException.class, () -> JsonInsertions.of(MAPPER, "{\"a\":1}").root().put("a", 2));
    }
}
