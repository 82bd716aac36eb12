package org.coalitiontracker.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Watches for transactions of the service's database that sit idle, for longer than a statement's
 * gap, after reading a given table: how a write that holds its connection while it waits for
 * something outside the database shows in {@code pg_stat_activity} (a write that read the read
 * copy, found no answer there and is now asking the owner). The table tells it from the outbox
 * relay, whose transaction waits for Kafka's acknowledgements by design. Sampled every 50 ms from
 * when it is opened until it is closed, over a connection of its own, not one of the service's
 * pool, which such writes may have exhausted.
 */
public final class WaitingTransactions implements AutoCloseable {

    private static final String COUNT = "select count(*) from pg_stat_activity where datname = current_database() "
            + "and state = 'idle in transaction' and now() - state_change > make_interval(secs => ?) "
            + "and query ilike '%from ' || ? || ' %'";

    private final AtomicInteger most = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Connection connection;
    private final Thread sampler;

    private WaitingTransactions(String table, Duration idle) throws SQLException {
        Config config = ConfigProvider.getConfig();
        connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), config.getValue("quarkus.datasource.password", String.class));
        PreparedStatement count = connection.prepareStatement(COUNT);
        count.setDouble(1, idle.toMillis() / 1000.0);
        count.setString(2, table);
        sampler = new Thread(() -> sample(count), "waiting-transactions");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts watching for transactions idle longer than {@code idle} after their last statement read {@code table}. */
    public static WaitingTransactions afterReading(String table, Duration idle) {
        try {
            return new WaitingTransactions(table, idle);
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_activity could not be read", e);
        }
    }

    /** The most such transactions seen at once so far. */
    public int most() {
        if (failure.get() != null) {
            throw new IllegalStateException("pg_stat_activity could not be read", failure.get());
        }
        return most.get();
    }

    private void sample(PreparedStatement count) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                try (ResultSet found = count.executeQuery()) {
                    found.next();
                    most.accumulateAndGet(found.getInt(1), Math::max);
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            failure.set(e);
        }
    }

    @Override
    public void close() throws Exception {
        sampler.interrupt();
        sampler.join();
        connection.close();
    }
}
