package org.coalitiontracker.kit.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.kit.events.ChangeEventContract;
import org.coalitiontracker.kit.history.RecordedVersion;
import org.coalitiontracker.kit.http.QueryParams;
import org.coalitiontracker.kit.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalDataSource;

/**
 * Reads the change feed: the numbered versions of the topics this service publishes (its
 * {@link ChangeEventContract}), in position order. Only numbered versions are shown, and numbers
 * are given after commit by one assigner at a time ({@link FeedPositions}), so a follower that
 * pages on them sees each committed change once and never skips one.
 */
@ApplicationScoped
public class ChangeFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    /** The header an event stream's client sends when it reconnects: the last event's {@code id}, a cursor. */
    public static final String LAST_EVENT_ID = "Last-Event-ID";

    private static final String PAGE = """
            select f.position, f.topic, f.aggregate_key, f.version, r.operation, r.state::text as state, r.recorded_at, r.recorded_by
            from change_feed f
            join record_version r on r.topic = f.topic and r.aggregate_key = f.aggregate_key and r.version = f.version
            where f.position > ? and f.topic = any (?)
            order by f.position
            limit ?""";

    private final AgroalDataSource dataSource;
    private final String application;
    /** Topic name → aggregate type, of the topics this service publishes, in the contract's order. */
    private final Map<String, String> types = new LinkedHashMap<>();

    public ChangeFeed(AgroalDataSource dataSource, ChangeEventContract contract,
            @ConfigProperty(name = "quarkus.application.name") String application) {
        this.dataSource = dataSource;
        this.application = application;
        for (ChangeEventContract.PublishedTopic published : contract.publishes()) {
            types.put(published.topic().topicName(), published.topic().aggregateType());
        }
    }

    /** The aggregate types on this feed, in the contract's order. */
    public List<String> types() {
        return List.copyOf(types.values());
    }

    /**
     * The changes after the reader's place, at most {@code limit} (absent: {@value #DEFAULT_LIMIT};
     * capped at {@value #MAX_LIMIT}), of the aggregate types {@code typeNames} (none: all). Bad
     * input is a 400 problem naming the parameter.
     */
    public ChangePage page(String lastEventId, String after, String limit, List<String> typeNames) {
        int size = size(limit);
        Set<String> topics = topics(typeNames);
        long position = startAfter(lastEventId, after);
        List<Entry> entries = after(position, topics, size + 1);
        boolean more = entries.size() > size;
        List<Change> items = entries.stream().limit(size).map(Entry::change).toList();
        String next = items.isEmpty() ? FeedCursor.encode(application, position) : items.get(items.size() - 1).cursor();
        return new ChangePage(items, next, more, size);
    }

    /** The page size {@code limit} asks for, capped; a 400 problem naming it when it is not a whole number from 1. */
    int size(String limit) {
        return Math.min(QueryParams.integer("limit", limit, 1, Integer.MAX_VALUE).orElse(DEFAULT_LIMIT), MAX_LIMIT);
    }

    /**
     * The position a reader continues after: its {@code Last-Event-ID} if it sent one (a reconnecting
     * event stream), else {@code after}, else 0, the beginning. A 400 problem naming the one used when
     * it is not a cursor this feed gave out.
     */
    long startAfter(String lastEventId, String after) {
        boolean resumed = lastEventId != null && !lastEventId.isBlank();
        String parameter = resumed ? LAST_EVENT_ID : "after";
        String cursor = resumed ? lastEventId : after;
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        long position = FeedCursor.decode(parameter, application, cursor);
        if (position > lastPosition()) {
            // Never given out: positions are only ever handed out up to the highest one.
            throw FeedCursor.notOurs(parameter, cursor);
        }
        return position;
    }

    /** The highest position given so far; 0 while the feed is empty. */
    long lastPosition() {
        try (Connection connection = dataSource.getConnection()) {
            return FeedPositions.lastPosition(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the change feed", e);
        }
    }

    /** At most {@code size} changes after {@code position} of {@code topics}, in position order. */
    List<Entry> after(long position, Set<String> topics, int size) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(PAGE)) {
            select.setLong(1, position);
            select.setArray(2, connection.createArrayOf("varchar", topics.toArray()));
            select.setInt(3, size);
            List<Entry> entries = new ArrayList<>(Math.min(size, 64));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(read(rows));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the change feed", e);
        }
    }

    /** A change with its position, which only the server reads (clients get the cursor). */
    record Entry(long position, Change change) {
    }

    /** The topics of the aggregate types {@code typeNames} (none: all); a 400 problem naming `type` for one that is not ours. */
    Set<String> topics(List<String> typeNames) {
        List<String> wanted = typeNames == null ? List.of() : typeNames.stream().filter(t -> t != null && !t.isBlank()).toList();
        if (wanted.isEmpty()) {
            return types.keySet();
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String name : wanted) {
            String type = name.trim();
            String topic = types.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(type)).map(Map.Entry::getKey)
                    .findFirst().orElseThrow(() -> ProblemException.invalidParameter("type", "'" + abbreviate(name) + "' is not one of "
                            + String.join(", ", types.values())));
            topics.add(topic);
        }
        return topics;
    }

    private Entry read(ResultSet row) throws SQLException {
        String topic = row.getString("topic");
        long position = row.getLong("position");
        return new Entry(position, new Change(FeedCursor.encode(application, position), types.get(topic),
                row.getString("aggregate_key"), row.getLong("version"), RecordedVersion.Operation.valueOf(row.getString("operation")),
                row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"), row.getString("state")));
    }

    private static String abbreviate(String raw) {
        return raw.length() > 60 ? raw.substring(0, 60) + "…" : raw;
    }
}
