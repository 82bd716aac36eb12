package org.coalitiontracker.kit.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class TopicAndStateFieldTests {

    private static final Topic ORDERS = new Topic("shop.orders", "order");

    @Test
    void aTopicDerivesItsDeadLetterTopicCloudEventsTypesAndCopyName() {
        assertEquals("shop.orders.dead-letter", ORDERS.deadLetterTopicName());
        assertEquals("org.coalitiontracker.order.upserted", ORDERS.upsertedType());
        assertEquals("org.coalitiontracker.order.deleted", ORDERS.deletedType());
        assertEquals("orders", ORDERS.copyName());
        assertEquals("orders", new Topic("orders", "order").copyName());
    }

    @Test
    void aTopicIsNamedByItsKafkaNameOrItsCopyNameInAnyCase() {
        assertTrue(ORDERS.isNamed("shop.orders"));
        assertTrue(ORDERS.isNamed("Orders"));
        assertFalse(ORDERS.isNamed("shop"));
        assertThrows(IllegalArgumentException.class, () -> new Topic(" ", "order"));
    }

    @Test
    void aStateFieldWritesTheSqlOfWhatItNames() {
        StateField status = StateField.of("status");
        StateField role = StateField.of("lines").element("sku");
        assertEquals("state ->> 'status'", status.text("state"));
        assertEquals("state -> 'lines'", StateField.of("lines").json("state"));
        assertEquals("lines[].sku", role.path());
        assertEquals("sku", role.key());
        assertEquals("l ->> 'sku'", role.text("l"));
        assertEquals(List.of("lines", "sku"), role.segments());
    }

    @Test
    void aStateFieldReadsATopLevelFieldOfAState() throws Exception {
        var state = new ObjectMapper().readTree("{\"status\": \"OPEN\"}");
        assertEquals("OPEN", StateField.of("status").in(state).asText());
        assertTrue(StateField.of("missing").in(state).isMissingNode());
    }

    @Test
    void aStateFieldPathIsNamesJoinedByArrayElements() {
        for (String bad : List.of("", "a.b", "a[]", "[].a", "a b", "a'--")) {
            assertThrows(IllegalArgumentException.class, () -> new StateField(bad), bad);
        }
    }
}
