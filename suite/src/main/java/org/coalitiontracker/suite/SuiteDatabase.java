package org.coalitiontracker.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server (the real server binaries, no installation) holding one
 * database per service. With a data directory its data survives a restart.
 */
public final class SuiteDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;

    private SuiteDatabase(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts the server on {@code port}, keeping its files in {@code dataDirectory} (null: a temporary one). */
    public static SuiteDatabase start(int port, Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            SuiteDatabase database = new SuiteDatabase(builder.start());
            database.createServiceDatabases();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    public String jdbcUrl(SuiteService service) {
        return server.getJdbcUrl("postgres", service.database());
    }

    public int port() {
        return server.getPort();
    }

    private void createServiceDatabases() {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
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
            throw new IllegalStateException("Could not create the service databases", e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
