package org.coalitiontracker.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL holding a service's database as it was before the kit owned the
 * change-event tables: the module's {@value #DUMP} (a pg_dump made by tools/pre-kit-dumps) is
 * restored into {@code upgraded}, which the service starts on, and into {@code original}, which
 * nothing touches, to compare with. {@code fresh} is an empty database for the same migrations.
 */
public class SchemaUpgradeResource implements QuarkusTestResourceLifecycleManager {

    public static final String DUMP = "schema-upgrade/pre-kit.sql";
    public static final String ORIGINAL_URL = "schema-upgrade.original.jdbc-url";
    public static final String FRESH_URL = "schema-upgrade.fresh.jdbc-url";
    public static final String USER = "postgres";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        postgres = EmbeddedPostgresResource.startOnFreePort();
        String dump = readDump();
        for (String database : new String[] {"upgraded", "original", "fresh"}) {
            execute(url("postgres"), "create database " + database);
        }
        execute(url("upgraded"), dump);
        execute(url("original"), dump);
        return Map.of(
                "quarkus.datasource.jdbc.url", url("upgraded"),
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", USER,
                ORIGINAL_URL, url("original"),
                FRESH_URL, url("fresh"));
    }

    private String url(String database) {
        return postgres.getJdbcUrl(USER, database);
    }

    /** The dump without psql's meta-commands (pg_dump's {@code \restrict}), which are not SQL. */
    private static String readDump() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DUMP)) {
            if (in == null) {
                throw new IllegalStateException(DUMP + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("\\"))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, USER, USER); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the pre-kit database: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        try (EmbeddedPostgres closing = postgres) {
            postgres = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
