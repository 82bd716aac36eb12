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
     * The changes after {@code after} (a cursor; absent: from the beginning), at most {@code limit}
     * (absent: {@value #DEFAULT_LIMIT}; capped at {@value #MAX_LIMIT}), of the aggregate types
     * {@code typeNames} (none: all). Bad input is a 400 problem naming the parameter.
     */
    public ChangePage page(String after, String limit, List<String> typeNames) {
        int size = Math.min(QueryParams.integer("limit", limit, 1, Integer.MAX_VALUE).orElse(DEFAULT_LIMIT), MAX_LIMIT);
        Set<String> topics = topics(typeNames);
        boolean fromStart = after == null || after.isBlank();
        long position = fromStart ? 0 : FeedCursor.decode("after", application, after);
        try (Connection connection = dataSource.getConnection()) {
            if (position > FeedPositions.lastPosition(connection)) {
                // Never given out: positions are only ever handed out up to the highest one.
                throw FeedCursor.notOurs("after", after);
            }
            List<Change> items = new ArrayList<>(Math.min(size, 64));
            boolean more = false;
            try (PreparedStatement select = connection.prepareStatement(PAGE)) {
                select.setLong(1, position);
                select.setArray(2, connection.createArrayOf("varchar", topics.toArray()));
                select.setInt(3, size + 1);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (items.size() == size) {
                            more = true;
                            break;
                        }
                        items.add(read(rows));
                    }
                }
            }
            String next = items.isEmpty() ? FeedCursor.encode(application, position) : items.get(items.size() - 1).cursor();
            return new ChangePage(items, next, more, size);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the change feed", e);
        }
    }

    private Set<String> topics(List<String> typeNames) {
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

    private Change read(ResultSet row) throws SQLException {
        String topic = row.getString("topic");
        return new Change(FeedCursor.encode(application, row.getLong("position")), types.get(topic),
                row.getString("aggregate_key"), row.getLong("version"), RecordedVersion.Operation.valueOf(row.getString("operation")),
                row.getTimestamp("recorded_at").toInstant(), row.getString("recorded_by"), row.getString("state"));
    }

    private static String abbreviate(String raw) {
        return raw.length() > 60 ? raw.substring(0, 60) + "…" : raw;
    }
}
