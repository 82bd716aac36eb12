package org.coalitiontracker.kit.stored;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.kit.events.ChangeEventContract;
import org.coalitiontracker.kit.events.Topic;

import io.agroal.api.AgroalDataSource;

/**
 * The current version of each aggregate a service publishes, kept as the JSON text of its change
 * event ({@code current_representation}), so that GET one can answer from one indexed read instead
 * of loading the entity and serialising it again. The outbox writes it in the transaction of each
 * change (so it is never ahead of or behind the entity), and removes it with a deletion.
 *
 * <p>A row only answers while its {@link RepresentationShape} is the one of the topic's view in
 * this release; otherwise, and when there is no row (a record not changed since the table came),
 * {@link #find} is empty and the caller loads the entity as before. What a GET one adds from other
 * services' data (names, flags) is not stored: the caller inserts it ({@link JsonInsertions}).
 */
@ApplicationScoped
public class StoredRepresentations {

    // Versions only move forward; one version announced twice in a transaction keeps the later text.
    private static final String UPSERT = "insert into current_representation (topic, aggregate_key, version, body, shape) values (?, ?, ?, ?, ?) "
            + "on conflict (topic, aggregate_key) do update set version = excluded.version, body = excluded.body, shape = excluded.shape "
            + "where current_representation.version <= excluded.version";
    private static final String DELETE = "delete from current_representation where topic = ? and aggregate_key = ?";
    private static final String FIND = "select version, body from current_representation where topic = ? and aggregate_key = ? and shape = ?";

    private final AgroalDataSource dataSource;
    private final Map<String, String> shapes = new HashMap<>();

    public StoredRepresentations(AgroalDataSource dataSource, ChangeEventContract contract) {
        this.dataSource = dataSource;
        for (ChangeEventContract.PublishedTopic published : contract.publishes()) {
            shapes.put(published.topic().topicName(), RepresentationShape.of(published.payload()));
        }
    }

    /** The current representation of {@code key}, if one of this release's shape is stored. */
    public Optional<StoredRepresentation> find(Topic topic, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(FIND)) {
            select.setString(1, topic.topicName());
            select.setString(2, key);
            select.setString(3, shape(topic));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new StoredRepresentation(row.getLong(1), row.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the stored representation of " + topic + " " + key, e);
        }
    }

    /** Keeps {@code json} as {@code key}'s current representation, on the changing transaction's {@code connection}. */
    public void store(Connection connection, Topic topic, String key, long version, String json) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, topic.topicName());
            upsert.setString(2, key);
            upsert.setLong(3, version);
            upsert.setString(4, json);
            upsert.setString(5, shape(topic));
            upsert.executeUpdate();
        }
    }

    /** {@code key} is gone: nothing to answer from any more. */
    public void remove(Connection connection, Topic topic, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, topic.topicName());
            delete.setString(2, key);
            delete.executeUpdate();
        }
    }

    private String shape(Topic topic) {
        String shape = shapes.get(topic.topicName());
        if (shape == null) {
            throw new IllegalArgumentException(topic + " is not a topic this service publishes");
        }
        return shape;
    }
}
