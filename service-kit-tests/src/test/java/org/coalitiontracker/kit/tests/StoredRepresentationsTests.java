package org.coalitiontracker.kit.tests;

import static org.coalitiontracker.kit.tests.WidgetCalls.TOPIC;
import static org.coalitiontracker.kit.tests.WidgetCalls.records;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coalitiontracker.kit.events.StateField;
import org.coalitiontracker.kit.events.Topic;
import org.coalitiontracker.kit.stored.StoredRepresentation;
import org.coalitiontracker.kit.stored.StoredRepresentations;
import org.coalitiontracker.kit.tests.app.WidgetContract;
import org.coalitiontracker.kit.tests.app.Widgets;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.TopicReader;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The current representation the outbox keeps with every change (kit.stored): the text its change
 * event carried, at the committed version; nothing for a deleted key, nothing of another shape.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = HttpPortResource.class, scope = TestResourceScope.GLOBAL)
class StoredRepresentationsTests {

    @Inject
    StoredRepresentations representations;

    @Inject
    Widgets widgets;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void eachCommittedVersionIsKeptAsTheTextItsChangeEventCarried() {
        String key = "stored-text";
        WidgetCalls.put(key, "first");
        // Escaped here, as WidgetCalls puts the name into the body as it is: the name has quotes.
        WidgetCalls.put(key, "first, \\\"renamed\\\" ü");
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            widgets.put(key, "rolled back");
            throw new IllegalStateException("a later step failed");
        }));

        TopicReader.awaitEveryVersion(TOPIC, key, 1);
        List<ConsumerRecord<String, byte[]>> published = records(key);
        String lastPublished = new String(published.get(1).value(), StandardCharsets.UTF_8);
        assertEquals(Optional.of(new StoredRepresentation(1, lastPublished)), representations.find(WidgetContract.TOPIC, key));
    }

    @Test
    void aDeletedKeyHasNoneAndOneCreatedAgainHasItsNewVersion() {
        String key = "stored-deleted";
        WidgetCalls.put(key, "first");
        WidgetCalls.delete(key);
        assertEquals(Optional.empty(), representations.find(WidgetContract.TOPIC, key));
        WidgetCalls.put(key, "second");
        assertEquals(2, representations.find(WidgetContract.TOPIC, key).orElseThrow().version());
    }

    @Test
    void aRowOfAnotherShapeIsNotUsedUntilTheKeyChangesAgain() throws SQLException {
        String key = "stored-shape";
        WidgetCalls.put(key, "first");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update current_representation set shape = 'older release' "
                        + "where topic = ? and aggregate_key = ?")) {
            update.setString(1, WidgetContract.TOPIC.topicName());
            update.setString(2, key);
            assertEquals(1, update.executeUpdate());
        }
        assertEquals(Optional.empty(), representations.find(WidgetContract.TOPIC, key));
        WidgetCalls.put(key, "second");
        assertEquals(1, representations.find(WidgetContract.TOPIC, key).orElseThrow().version());
    }

    @Test
    void referencesAreReadFromTheCopiesInTheSameStatement() throws Exception {
        String key = "stored-referenced";
        WidgetCalls.put(key, "Referenced");
        // The widget app keeps a copy of its own topic: a widget's key field refers to its own copy.
        // Read from the topic only once the relay has published it, or the list may still be empty.
        TopicReader.awaitEveryVersion(TOPIC, key, 0);
        ReadCopySeeds.awaitCopy(WidgetContract.TOPIC, key, Optional.of(ReadCopySeeds.parse(
                new String(records(key).get(0).value(), StandardCharsets.UTF_8))));
        List<StoredRepresentations.Reference> references = List.of(
                new StoredRepresentations.Reference(StateField.of("key"), WidgetContract.TOPIC, StateField.of("name")),
                new StoredRepresentations.Reference(StateField.of("noSuchField"), WidgetContract.TOPIC, StateField.of("name")),
                new StoredRepresentations.Reference(StateField.of("key"), WidgetContract.TOPIC, StateField.of("noSuchField")));
        StoredRepresentation found = representations.find(WidgetContract.TOPIC, key, references).orElseThrow();
        assertEquals(List.of(Optional.of("Referenced"), Optional.empty(), Optional.empty()), found.referenced());
        assertEquals(representations.find(WidgetContract.TOPIC, key).orElseThrow().json(), found.json());
    }

    @Test
    void aTopicTheServiceDoesNotPublishIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> representations.find(new Topic("elsewhere", "thing"), "k"));
    }
}
