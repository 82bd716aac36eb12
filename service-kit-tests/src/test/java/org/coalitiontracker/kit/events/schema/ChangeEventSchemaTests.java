package org.coalitiontracker.kit.events.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.SchemaCatalog;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The kit's change-event tables in a stand-in service's database (test resources
 * change-event-schema/: before the kit its V2 created the tables with the kit's DDL, {@code with-kit} is
 * the same service once the kit owns them, {@code edited} changes an applied migration), with the service's
 * Flyway configured the way Quarkus does it plus {@link ChangeEventSchemaCustomizer}.
 */
class ChangeEventSchemaTests {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = EmbeddedPostgresResource.startOnFreePort();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    @Test
    void aNewDatabaseGetsTheKitTablesBeforeTheServiceMigrationsThatIndexThem() throws SQLException {
        DataSource database = newDatabase();
        serviceWithKit(database, "with-kit").migrate();
        assertEquals(List.of("0 | BASELINE", "1 | SQL", "2 | SQL", "3 | SQL", "4 | SQL", "5 | SQL", "6 | SQL"), rows(database, "select version, type from change_events_schema_history order by installed_rank"));
        assertEquals(List.of("1", "2"), rows(database, "select version from flyway_schema_history order by installed_rank"));
        assertEquals(List.of("read_copy_by_name"), rows(database, "select indexname from pg_indexes where indexname = 'read_copy_by_name'"));

        assertEquals(0, serviceWithKit(database, "with-kit").migrate().migrationsExecuted, "a restart applies nothing");
        assertEquals(7, rows(database, "select version from change_events_schema_history").size());
    }

    @Test
    void aPreKitDatabaseIsAdoptedOnceAndKeepsEveryRow() throws Exception {
        DataSource database = preKitDatabaseWithRows();
        List<String> historyBefore = rows(database, "select version, checksum from flyway_schema_history order by installed_rank");

        serviceWithKit(database, "with-kit").migrate();

        // Adopted at the version whose tables it had; the kit's later versions then apply as to any database.
        assertEquals(List.of("1 | BASELINE", "2 | SQL", "3 | SQL", "4 | SQL", "5 | SQL", "6 | SQL"), rows(database, "select version, type from change_events_schema_history order by installed_rank"));
        List<String> historyAfter = rows(database, "select version, checksum from flyway_schema_history order by installed_rank");
        assertEquals(historyBefore.get(0), historyAfter.get(0), "an untouched migration keeps its checksum");
        assertEquals(checksumOf("with-kit", "2"), historyAfter.get(1), "the migration that gave its tables to the kit is realigned");
        assertEquals(List.of("1 | 1 | 1 | 1"), rows(database,
                "select (select count(*) from item), (select count(*) from outbox), (select count(*) from read_copy), (select count(*) from tombstone)"));
        assertEquals(List.of("2"), rows(database, "select last_value from outbox_id_seq"), "the outbox's sequence goes on where it was");

        serviceWithKit(database, "with-kit").migrate();
        assertEquals(historyAfter, rows(database, "select version, checksum from flyway_schema_history order by installed_rank"));
        assertEquals(List.of("1 | BASELINE", "2 | SQL", "3 | SQL", "4 | SQL", "5 | SQL", "6 | SQL"), rows(database, "select version, type from change_events_schema_history order by installed_rank"),
                "adopted only once");
    }

    @Test
    void aMigrationEditedAfterTheAdoptionStillFailsValidation() throws Exception {
        DataSource database = preKitDatabaseWithRows();
        serviceWithKit(database, "with-kit").migrate();

        FlywayValidateException refused = assertThrows(FlywayValidateException.class, () -> serviceWithKit(database, "edited").migrate());
        assertTrue(refused.getMessage().contains("checksum mismatch"), refused.getMessage());
    }

    @Test
    void aDatabaseWithOnlySomeOfTheTablesAndNoKitHistoryIsRefused() throws Exception {
        DataSource database = preKitDatabaseWithRows();
        execute(database, "drop table tombstone");

        FlywayException refused = assertThrows(FlywayException.class, () -> serviceWithKit(database, "with-kit").migrate());
        assertTrue(refused.getMessage().contains("[outbox, read_copy] but not all of [outbox, read_copy, tombstone]"), refused.getMessage());
    }

    @Test
    void instancesStartingTogetherAdoptADatabaseOnce() throws Exception {
        DataSource database = preKitDatabaseWithRows();
        int instances = 3;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(instances);
        try {
            List<Future<?>> migrations = new ArrayList<>();
            for (int instance = 0; instance < instances; instance++) {
                migrations.add(threads.submit(() -> {
                    start.await();
                    return serviceWithKit(database, "with-kit").migrate();
                }));
            }
            start.countDown();
            for (Future<?> migration : migrations) {
                migration.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        // Adopted at the version whose tables it had; the kit's later versions then apply as to any database.
        assertEquals(List.of("1 | BASELINE", "2 | SQL", "3 | SQL", "4 | SQL", "5 | SQL", "6 | SQL"), rows(database, "select version, type from change_events_schema_history order by installed_rank"));
        assertEquals(checksumOf("with-kit", "2"), rows(database, "select version, checksum from flyway_schema_history where version = '2'").get(0));
    }

    /** The stand-in service's Flyway as Quarkus builds it (defaults, its locations) with the kit's customizer. */
    private static Flyway serviceWithKit(DataSource database, String migrations) {
        FluentConfiguration configuration = Flyway.configure().dataSource(database).locations("classpath:change-event-schema/" + migrations);
        new ChangeEventSchemaCustomizer().customize(configuration);
        return configuration.load();
    }

    /**
     * A database as the stand-in service left it before the kit: its V1, and a V2 that created
     * the change-event tables with the kit's DDL and its own index on read_copy; a row in each table.
     */
    private static DataSource preKitDatabaseWithRows() throws SQLException, IOException {
        Path migrations = Files.createTempDirectory("pre-kit");
        try {
            Files.writeString(migrations.resolve("V1__items.sql"), resource("change-event-schema/with-kit/V1__items.sql"));
            Files.writeString(migrations.resolve("V2__change_events.sql"), resource("db/change-events/V1__change_event_tables.sql")
                    + resource("change-event-schema/with-kit/V2__change_events.sql"));
            DataSource database = newDatabase();
            Flyway.configure().dataSource(database).locations("filesystem:" + migrations).load().migrate();
            fillPreKitDatabase(database);
            return database;
        } finally {
            try (var files = Files.list(migrations)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(migrations);
        }
    }

    private static void fillPreKitDatabase(DataSource database) throws SQLException {
        execute(database, """
                insert into item values ('a', 'An item');
                insert into outbox (event_id, topic, aggregate_key, aggregate_version, event_type, payload, occurred_at)
                    values (gen_random_uuid(), 'items', 'a', 0, 'item.upserted', '{"name": "An item"}', now());
                insert into outbox (event_id, topic, aggregate_key, aggregate_version, event_type, payload, occurred_at)
                    values (gen_random_uuid(), 'items', 'b', 0, 'item.upserted', '{"name": "Another"}', now());
                delete from outbox where aggregate_key = 'b';
                insert into read_copy values ('others', 'x', 3, '{"name": "X"}', now());
                insert into tombstone values ('items', 'c', 2, now());""");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ChangeEventSchemaTests.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String checksumOf(String migrations, String version) {
        return version + " | " + Flyway.configure().locations("classpath:change-event-schema/" + migrations)
                .dataSource(postgres.getPostgresDatabase()).load().info().all()[Integer.parseInt(version) - 1].getChecksum();
    }

    private static DataSource newDatabase() throws SQLException {
        String name = "service_" + DATABASES.incrementAndGet();
        execute(postgres.getPostgresDatabase(), "create database " + name);
        return postgres.getDatabase("postgres", name);
    }

    private static void execute(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> rows(DataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return SchemaCatalog.rows(connection, sql);
        }
    }
}
