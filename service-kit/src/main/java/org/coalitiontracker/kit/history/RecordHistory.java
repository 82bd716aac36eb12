package org.coalitiontracker.kit.history;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.coalitiontracker.kit.events.Topic;
import org.coalitiontracker.kit.feed.ChangeFeedAssigner;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The record's time axis: every version of every aggregate a service publishes, kept for good in
 * {@code record_version}. The outbox writes it in the transaction of each change, so the history
 * holds exactly what was published, deletions included; reads answer "what did the record say at
 * that instant" ({@link #knownAt}) and "how did it come to say so" ({@link #history}).
 * Nothing here knows a service's aggregates: a state is the JSON its topic publishes.
 */
@ApplicationScoped
public class RecordHistory {

    /** Fields every view carries that change with every version, so they say nothing about what changed. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "createdAt", "updatedAt", "updatedBy");

    private static final String SUPERSEDE = "update record_version set superseded_at = greatest(?, recorded_at) "
            + "where topic = ? and aggregate_key = ? and version < ? and superseded_at is null";
    private static final String PREVIOUS = "select operation, state, recorded_at from record_version "
            + "where topic = ? and aggregate_key = ? and version < ? order by version desc limit 1";
    // A change announced twice in one transaction under one version (say, an aggregate and then its
    // part) is one version: the later state stands.
    private static final String INSERT = "insert into record_version (topic, aggregate_key, version, operation, state, changed_fields, "
            + "recorded_at, recorded_by) values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?) on conflict (topic, aggregate_key, version) "
            + "do update set operation = excluded.operation, state = excluded.state, changed_fields = excluded.changed_fields";
    private static final String COLUMNS = "version, operation, state, changed_fields, recorded_at, recorded_by";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Event<ChangeFeedAssigner.VersionRecorded> recorded;

    public RecordHistory(EntityManager entityManager, ObjectMapper mapper, Event<ChangeFeedAssigner.VersionRecorded> recorded) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.recorded = recorded;
    }

    /**
     * Records {@code version} of {@code key}: its published {@code state}, or {@code null} for a
     * deletion. Called by the outbox, in the changing transaction; the version it supersedes ends
     * at {@code at} (never before it began, should clocks disagree). Once the transaction commits,
     * the version enters the change feed (the {@link ChangeFeedAssigner} is woken then).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Topic topic, String key, long version, String state, Instant at, String actor) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            JsonNode before = null;
            boolean existed = false;
            Instant recordedAt = at;
            try (PreparedStatement supersede = connection.prepareStatement(SUPERSEDE)) {
                supersede.setTimestamp(1, Timestamp.from(at));
                supersede.setString(2, topic.topicName());
                supersede.setString(3, key);
                supersede.setLong(4, version);
                supersede.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(PREVIOUS)) {
                select.setString(1, topic.topicName());
                select.setString(2, key);
                select.setLong(3, version);
                try (ResultSet previous = select.executeQuery()) {
                    if (previous.next()) {
                        existed = !RecordedVersion.Operation.DELETED.name().equals(previous.getString("operation"));
                        before = existed ? parse(previous.getString("state")) : null;
                        Instant previousAt = previous.getTimestamp("recorded_at").toInstant();
                        recordedAt = previousAt.isAfter(at) ? previousAt : at;
                    }
                }
            }
            JsonNode after = state == null ? null : parse(state);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, topic.topicName());
                insert.setString(2, key);
                insert.setLong(3, version);
                insert.setString(4, (state == null ? RecordedVersion.Operation.DELETED
                        : existed ? RecordedVersion.Operation.UPDATED : RecordedVersion.Operation.CREATED).name());
                if (state == null) {
                    insert.setNull(5, Types.VARCHAR);
                } else {
                    insert.setString(5, state);
                }
                insert.setArray(6, connection.createArrayOf("text", changedFields(before, after).toArray()));
                insert.setTimestamp(7, Timestamp.from(recordedAt));
                if (actor == null) {
                    insert.setNull(8, Types.VARCHAR);
                } else {
                    insert.setString(8, actor);
                }
                insert.executeUpdate();
            }
        });
        recorded.fire(new ChangeFeedAssigner.VersionRecorded());
    }

    /** Every recorded version of {@code key}, oldest first; an empty page if the record never held it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RecordedVersion> history(Topic topic, String key, PageRequest page) {
        long total = ((Number) entityManager.createNativeQuery("select count(*) from record_version where topic = ?1 and aggregate_key = ?2")
                .setParameter(1, topic.topicName()).setParameter(2, key).getSingleResult()).longValue();
        List<RecordedVersion> items = new ArrayList<>();
        if (total > page.offset()) {
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from record_version "
                        + "where topic = ? and aggregate_key = ? order by version limit ? offset ?")) {
                    select.setString(1, topic.topicName());
                    select.setString(2, key);
                    select.setInt(3, page.size());
                    select.setLong(4, page.offset());
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            items.add(read(rows));
                        }
                    }
                }
            });
        }
        return Page.of(items, page, total);
    }

    /**
     * The version of {@code key} the record held at {@code instant}: the last one recorded at or
     * before it, which may be its deletion. Empty if the record did not yet know of it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RecordedVersion> knownAt(Topic topic, String key, Instant instant) {
        List<RecordedVersion> found = new ArrayList<>(1);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from record_version "
                    + "where topic = ? and aggregate_key = ? and recorded_at <= ? order by version desc limit 1")) {
                select.setString(1, topic.topicName());
                select.setString(2, key);
                select.setTimestamp(3, Timestamp.from(instant));
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        found.add(read(rows));
                    }
                }
            }
        });
        return found.stream().findFirst();
    }

    /**
     * The versions the record held at {@code instant} of every key of {@code topic} that starts
     * with {@code keyPrefix} (a part's keys under its parent: {@code coalition/}), deletions left
     * out, in key order. For lists of parts, whose number per parent is small.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecordedVersion> allKnownAt(Topic topic, String keyPrefix, Instant instant) {
        List<RecordedVersion> found = new ArrayList<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from record_version "
                    + "where topic = ? and left(aggregate_key, ?) = ? and recorded_at <= ? and (superseded_at is null or superseded_at > ?) "
                    + "and operation <> 'DELETED' order by aggregate_key collate \"C\"")) {
                Timestamp at = Timestamp.from(instant);
                select.setString(1, topic.topicName());
                select.setInt(2, keyPrefix.length());
                select.setString(3, keyPrefix);
                select.setTimestamp(4, at);
                select.setTimestamp(5, at);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(read(rows));
                    }
                }
            }
        });
        return found;
    }

    private RecordedVersion read(ResultSet row) throws SQLException {
        RecordedVersion.Operation operation = RecordedVersion.Operation.valueOf(row.getString("operation"));
        boolean deleted = operation == RecordedVersion.Operation.DELETED;
        Array changed = row.getArray("changed_fields");
        return new RecordedVersion(row.getLong("version"), operation, row.getTimestamp("recorded_at").toInstant(),
                Optional.ofNullable(row.getString("recorded_by")), List.of((String[]) changed.getArray()),
                deleted ? Optional.empty() : Optional.of(parse(row.getString("state"))));
    }

    /**
     * The top-level fields whose value differs, in name order: all of the new state's for a first
     * version, none for a deletion. Bookkeeping fields are left out.
     */
    static List<String> changedFields(JsonNode before, JsonNode after) {
        Set<String> changed = new TreeSet<>();
        if (after == null) {
            return List.of();
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = after.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode old = before == null ? null : before.get(field.getKey());
            if (!field.getValue().equals(old) && !(old == null && field.getValue().isNull())) {
                changed.add(field.getKey());
            }
        }
        if (before != null) {
            before.fieldNames().forEachRemaining(name -> {
                if (!after.has(name) && !before.get(name).isNull()) {
                    changed.add(name);
                }
            });
        }
        changed.removeAll(BOOKKEEPING);
        return List.copyOf(changed);
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A recorded state is not JSON", e);
        }
    }
}
