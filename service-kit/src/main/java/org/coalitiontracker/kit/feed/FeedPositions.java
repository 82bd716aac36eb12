package org.coalitiontracker.kit.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

/**
 * Gives the committed versions that have none their position in the change feed: in one
 * transaction, under a PostgreSQL advisory lock (so that two instances on one database never
 * assign at once), the pending versions of {@code change_feed_pending} get the positions after the
 * highest one given so far, oldest first, and leave the queue. A plain class over a
 * {@link DataSource}, so that a second assigner can be run beside the application's
 * ({@link ChangeFeedAssigner}) against the same database.
 *
 * <p>Why this is sound: a pending row is visible only once its writing transaction committed, and
 * the positions of one pass commit together, after every earlier pass (the lock); so the set of
 * positions a reader can see is always 1..N with no hole, and a position once seen never moves.
 * A key's versions commit in version order (each write locks the record's row), and are numbered
 * in the order they were recorded, so the feed shows them in order.
 */
public final class FeedPositions {

    /** Any constant works: advisory locks are scoped to the database, and each service has its own. */
    static final long ASSIGNER_LOCK = 0x6368616e676573L;

    private static final String ASSIGN = """
            with batch as (
                select topic, aggregate_key, version,
                       row_number() over (order by recorded_at, topic, aggregate_key, version) as n
                from (select topic, aggregate_key, version, recorded_at from change_feed_pending
                      order by recorded_at, topic, aggregate_key, version limit ?) oldest
            ), taken as (
                delete from change_feed_pending p using batch b
                where p.topic = b.topic and p.aggregate_key = b.aggregate_key and p.version = b.version
            )
            insert into change_feed (position, topic, aggregate_key, version)
            select ? + n, topic, aggregate_key, version from batch""";

    private final DataSource dataSource;
    private final int batchSize;
    private final Duration lockTimeout;

    public FeedPositions(DataSource dataSource, int batchSize, Duration lockTimeout) {
        this.dataSource = dataSource;
        this.batchSize = batchSize;
        this.lockTimeout = lockTimeout;
    }

    /**
     * Numbers every committed pending version, a batch per transaction, and returns how many. Waits
     * (up to the lock timeout) while another assigner on the database holds the lock, so that a
     * change committed during its pass is numbered by this one rather than left for a later poll.
     */
    public int assignAll() throws SQLException {
        int total = 0;
        int assigned;
        do {
            assigned = assignBatch();
            total += assigned;
        } while (assigned == batchSize);
        return total;
    }

    /** One batch, in one transaction; returns how many versions got a position. */
    public int assignBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local lock_timeout = " + Math.max(1, lockTimeout.toMillis()));
                }
                try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, ASSIGNER_LOCK);
                    lock.execute();
                }
                // Read after the lock: the previous pass has committed, so its positions are seen.
                long last;
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery("select coalesce(max(position), 0) from change_feed")) {
                    result.next();
                    last = result.getLong(1);
                }
                int assigned;
                try (PreparedStatement assign = connection.prepareStatement(ASSIGN)) {
                    assign.setInt(1, batchSize);
                    assign.setLong(2, last);
                    assigned = assign.executeUpdate();
                }
                connection.commit();
                return assigned;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** The highest position given so far; 0 while the feed is empty. */
    public static long lastPosition(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select coalesce(max(position), 0) from change_feed")) {
            result.next();
            return result.getLong(1);
        }
    }
}
