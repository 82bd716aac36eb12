package org.coalitiontracker.suite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every change the consumers apply to the read copies of each service, as PostgreSQL saw it: a
 * trigger the test adds on {@code read_copy} logs each inserted or updated row (topic, key, the
 * version it replaced, the new version, when it was received) into a table of the test's own,
 * so that a test can check the order and number of applies, whichever instance made them, and
 * time each against the owner's commit (both are clock readings of the one PostgreSQL server).
 * A version the store refuses (not newer) changes no row and is not logged.
 */
final class CopyApplyLog implements AutoCloseable {

    /** One applied change: {@code replaced} is null when the key was new to the copy. */
    record Applied(SuiteService copy, String topic, String key, Long replaced, long version, java.sql.Timestamp receivedAt) {
    }

    private final Convergence convergence;

    private CopyApplyLog(Convergence convergence) {
        this.convergence = convergence;
    }

    /** Starts logging in every service's database (afresh, if a failed test left a log behind). */
    static CopyApplyLog start(Convergence convergence) throws SQLException {
        CopyApplyLog log = new CopyApplyLog(convergence);
        log.close();
        for (SuiteService service : SuiteService.values()) {
            try (Connection connection = convergence.connect(service); Statement statement = connection.createStatement()) {
                statement.execute("""
                        create table test_copy_apply_log (
                            id bigserial primary key, topic text not null, aggregate_key text not null,
                            replaced bigint, version bigint not null, received_at timestamptz not null)""");
                statement.execute("""
                        create function test_copy_apply_log() returns trigger language plpgsql as $$
                        begin
                          insert into test_copy_apply_log (topic, aggregate_key, replaced, version, received_at)
                          values (new.topic, new.aggregate_key, case when tg_op = 'UPDATE' then old.version end, new.version, new.received_at);
                          return null;
                        end $$""");
                statement.execute("""
                        create trigger test_copy_apply_log after insert or update on read_copy
                        for each row execute function test_copy_apply_log()""");
            }
        }
        return log;
    }

    /** Everything logged so far, per service in the order it was logged. */
    List<Applied> applied() throws SQLException {
        List<Applied> all = new ArrayList<>();
        for (SuiteService service : SuiteService.values()) {
            try (Connection connection = convergence.connect(service);
                    PreparedStatement select = connection.prepareStatement(
                            "select topic, aggregate_key, replaced, version, received_at from test_copy_apply_log order by id");
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    long replaced = result.getLong(3);
                    Long replacedOrNone = result.wasNull() ? null : replaced;
                    all.add(new Applied(service, result.getString(1), result.getString(2), replacedOrNone, result.getLong(4), result.getTimestamp(5)));
                }
            }
        }
        return all;
    }

    /**
     * Applies that break "each version at most once, in increasing order, per copy and key": a
     * version that does not follow the one it replaced, or one applied twice.
     */
    static List<String> outOfOrderOrRepeated(List<Applied> applied) {
        List<String> wrong = new ArrayList<>();
        Map<String, Long> last = new HashMap<>();
        for (Applied change : applied) {
            String where = change.copy().module() + " " + change.topic() + " " + change.key();
            Long before = last.put(where, change.version());
            if (change.replaced() != null && change.version() <= change.replaced()) {
                wrong.add(where + ": version " + change.version() + " replaced " + change.replaced());
            } else if (before != null && change.version() <= before) {
                wrong.add(where + ": version " + change.version() + " applied after " + before);
            }
        }
        return wrong;
    }

    /**
     * For each applied change of a version an owner recorded from {@code from} until {@code to}
     * (PostgreSQL timestamps): how long after the owner recorded it ({@code record_version.recorded_at},
     * in the write's transaction) the copy received it.
     */
    List<Duration> propagation(List<Applied> applied, String from, String to) throws SQLException {
        Map<String, java.sql.Timestamp> committed = new HashMap<>();
        for (SuiteService owner : SuiteService.values()) {
            try (Connection connection = convergence.connect(owner);
                    PreparedStatement select = connection.prepareStatement(
                            "select topic, aggregate_key, version, recorded_at from record_version"
                                    + " where recorded_at >= cast(? as timestamptz) and recorded_at < cast(? as timestamptz)")) {
                select.setString(1, from);
                select.setString(2, to);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        committed.put(result.getString(1) + " " + result.getString(2) + " " + result.getLong(3), result.getTimestamp(4));
                    }
                }
            }
        }
        List<Duration> took = new ArrayList<>();
        for (Applied change : applied) {
            java.sql.Timestamp at = committed.get(change.topic() + " " + change.key() + " " + change.version());
            if (at != null) {
                took.add(Duration.between(at.toInstant(), change.receivedAt().toInstant()));
            }
        }
        return took;
    }

    @Override
    public void close() throws SQLException {
        for (SuiteService service : SuiteService.values()) {
            try (Connection connection = convergence.connect(service); Statement statement = connection.createStatement()) {
                statement.execute("drop trigger if exists test_copy_apply_log on read_copy");
                statement.execute("drop function if exists test_copy_apply_log()");
                statement.execute("drop table if exists test_copy_apply_log");
            }
        }
    }
}
