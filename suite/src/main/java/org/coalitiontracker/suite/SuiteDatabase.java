package org.coalitiontracker.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL server of the suite, holding one database per service: either an embedded one
 * (the real server binaries, no installation; with a data directory its data survives a
 * restart) or an external server given by its address.
 */
public final class SuiteDatabase implements AutoCloseable {

    private Optional<EmbeddedPostgres> embedded;
    private final int port;
    private final Path dataDirectory;
    private final String serverUrl;
    private final String user;
    private final String password;

    private SuiteDatabase(Optional<EmbeddedPostgres> embedded, int port, Path dataDirectory, String serverUrl, String user, String password) {
        this.embedded = embedded;
        this.port = port;
        this.dataDirectory = dataDirectory;
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    /** Starts an embedded server on {@code port}, keeping its files in {@code dataDirectory} (null: a temporary one). */
    public static SuiteDatabase start(int port, Path dataDirectory) {
        SuiteDatabase database = new SuiteDatabase(Optional.of(startServer(port, dataDirectory)), port, dataDirectory,
                "jdbc:postgresql://localhost:" + port, "postgres", "postgres");
        database.createServiceDatabases();
        return database;
    }

    private static EmbeddedPostgres startServer(int port, Path dataDirectory) {
        try {
            // Whole statements in pg_stat_activity (PostgreSQL keeps 1 KiB by default), so that an
            // operator, and the benchmarks' query plans, see what a service really sent.
            // No shutdown hook of its own: the suite stops the database last, after the services
            // and the broker (Suite.close, from the launcher's hook). The library's hook stopped it
            // at the same moment as the services, and then this class's close found the pid file
            // gone and did not wait for the server's process, which a moment later was still there.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port).setServerConfig("track_activity_query_size", "8192")
                    .setRegisterShutdownHook(false);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    /**
     * Stops the embedded server (as an outage would; clients lose their connections), keeping its
     * data for {@link #startAgain()}. Only for an embedded server with a data directory.
     */
    public synchronized void stop() {
        if (dataDirectory == null || embedded.isEmpty()) {
            throw new IllegalStateException("Only an embedded PostgreSQL with a data directory can be stopped and started again");
        }
        close();
        embedded = Optional.empty();
    }

    /** Starts the embedded server stopped by {@link #stop()} again, on the same port with the same data. */
    public synchronized void startAgain() {
        if (dataDirectory == null || embedded.isPresent()) {
            throw new IllegalStateException("PostgreSQL is running, or is not an embedded one with a data directory");
        }
        embedded = Optional.of(startServer(port, dataDirectory));
    }

    /** Uses a server that is already running, e.g. {@code jdbc:postgresql://db.example:5432}, creating the service databases if missing. */
    public static SuiteDatabase external(String serverUrl, String user, String password) {
        SuiteDatabase database = new SuiteDatabase(Optional.empty(), 0, null, serverUrl, user, password);
        database.createServiceDatabases();
        return database;
    }

    public String jdbcUrl(SuiteService service) {
        return serverUrl + "/" + service.database();
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return port != 0;
    }

    private void createServiceDatabases() {
        try (Connection connection = DriverManager.getConnection(serverUrl + "/postgres", user, password)) {
            for (SuiteService service : SuiteService.values()) {
                try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, service.database());
                    try (ResultSet result = exists.executeQuery()) {
                        if (result.next()) {
                            continue;
                        }
                    }
                }
                try (Statement create = connection.createStatement()) {
                    create.execute("create database " + service.database());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach PostgreSQL at " + serverUrl + " as " + user
                    + " or create the databases countries, events and commitments there: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (embedded.isPresent()) {
            Optional<ProcessHandle> postmaster = postmaster();
            try {
                embedded.get().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // pg_ctl's stop returns once the server has removed its pid file, a moment before its
            // process ends: wait for that too, so that the suite stopped means every process gone.
            postmaster.ifPresent(SuiteDatabase::awaitExit);
        }
    }

    /** The server's process, from its pid file (a temporary data directory has none to read here). */
    private Optional<ProcessHandle> postmaster() {
        if (dataDirectory == null) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Still there after 10 s: the caller's own check (a test, an operator) sees it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
