package org.coalitiontracker.kit.stored;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.kit.events.ChangeEventContract;
import org.coalitiontracker.kit.events.StateField;
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

    /**
     * A top-level field of a stored text that holds the key of another service's record, and the
     * field of that record's read copy to read with it (say, a commitment's {@code countryCode}
     * and the country's {@code name}).
     */
    public record Reference(StateField keyField, Topic copy, StateField field) {
    }

    /** The current representation of {@code key}, if one of this release's shape is stored. */
    public Optional<StoredRepresentation> find(Topic topic, String key) {
        return find(topic, key, List.of());
    }

    /**
     * The current representation of {@code key}, if one of this release's shape is stored, with
     * the read copies' texts for {@code references} in the same statement: one round trip for a
     * GET one that shows other services' names.
     */
    public Optional<StoredRepresentation> find(Topic topic, String key, List<Reference> references) {
        String sql = references.isEmpty() ? FIND : withReferences(references);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            int parameter = 1;
            for (Reference reference : references) {
                select.setString(parameter++, reference.copy().topicName());
            }
            select.setString(parameter++, topic.topicName());
            select.setString(parameter++, key);
            select.setString(parameter, shape(topic));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                List<Optional<String>> referenced = new ArrayList<>(references.size());
                for (int i = 0; i < references.size(); i++) {
                    referenced.add(Optional.ofNullable(row.getString(3 + i)));
                }
                return Optional.of(new StoredRepresentation(row.getLong(1), row.getString(2), referenced));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the stored representation of " + topic + " " + key, e);
        }
    }

    /** The stored row and, for each reference, the copy's text for the key its field holds. */
    private static String withReferences(List<Reference> references) {
        StringBuilder sql = new StringBuilder("select c.version, c.body");
        for (Reference reference : references) {
            sql.append(", (select ").append(reference.field().text("r.state")).append(" from read_copy r where r.topic = ? and r.aggregate_key = ")
                    .append(reference.keyField().text("c.document")).append(")");
        }
        // offset 0 keeps the subquery whole, so the text is parsed once, not once per reference.
        return sql.append(" from (select version, body, cast(body as jsonb) as document from current_representation ")
                .append("where topic = ? and aggregate_key = ? and shape = ? offset 0) c").toString();
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
