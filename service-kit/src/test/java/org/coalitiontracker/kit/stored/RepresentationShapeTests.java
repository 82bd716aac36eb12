package org.coalitiontracker.kit.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;

class RepresentationShapeTests {

    enum Kind { A, B }

    enum OtherKind { A, B, C }

    record Item(String name, Kind kind) {
    }

    record View(String id, List<Item> items) {
    }

    record SameAsView(String id, List<Item> items) {
    }

    record Reordered(List<Item> items, String id) {
    }

    record Renamed(@JsonProperty("ident") String id, List<Item> items) {
    }

    record DeeperChange(String id, List<OtherItem> items) {
    }

    record OtherItem(String name, OtherKind kind) {
    }

    @Test
    void whatAViewWritesDecidesItsShape() {
        assertEquals(RepresentationShape.of(View.class), RepresentationShape.of(View.class));
        assertEquals(RepresentationShape.of(View.class), RepresentationShape.of(SameAsView.class), "a record's name is not in its JSON");
        for (Class<?> changed : List.of(Reordered.class, Renamed.class, DeeperChange.class)) {
            assertNotEquals(RepresentationShape.of(View.class), RepresentationShape.of(changed), changed.getSimpleName());
        }
        assertTrue(RepresentationShape.of(View.class).matches("[0-9a-f]{32}"));
    }
}
