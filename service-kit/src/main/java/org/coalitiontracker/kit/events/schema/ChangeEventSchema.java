package org.coalitiontracker.kit.events.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.output.RepairOutput;
import org.flywaydb.core.api.output.RepairResult;
import org.jboss.logging.Logger;

/**
 * Puts the change-event tables ({@code outbox}, {@code read_copy}, {@code tombstone}) into a
 * service's database from the kit's own Flyway migrations ({@value #LOCATION}, with their own
 * history table {@value #HISTORY_TABLE}), as a callback of the service's Flyway, so that they are
 * there before the first service migration that indexes or fills them, and before Hibernate
 * validates the mapping. See docs/change-events.md, "Schema".
 *
 * <p>On a database whose service history exists (every start but the first), this runs when the
 * service's Flyway connects, before it validates anything; on a new database it waits until
 * that Flyway has created its history table and is about to migrate, since a schema holding the
 * kit's tables but no service history would look to it like a database it was never given.
 *
 * <p>A database made before the kit owned these tables (its service migrations created them;
 * kit history absent) is adopted once: the kit's history is baselined at
 * {@value #PRE_KIT_VERSION}, the version whose tables it already has, and the service's history is
 * repaired, which takes the checksums of the service migrations that gave up their change-event
 * DDL as they are now. Any later edit of a migration fails validation as before.
 */
public final class ChangeEventSchema implements Callback {

    public static final String LOCATION = "classpath:db/change-events";
    public static final String HISTORY_TABLE = "change_events_schema_history";

    /** The kit version whose tables a database made before the kit owned them already holds. */
    static final String PRE_KIT_VERSION = "1";
    /** The tables of that version. */
    static final List<String> PRE_KIT_TABLES = List.of("outbox", "read_copy", "tombstone");

    /** Session advisory lock: instances starting together adopt a database once, one after the other. */
    private static final long LOCK_KEY = 0x6b69742d73636865L;

    private static final Logger LOG = Logger.getLogger(ChangeEventSchema.class);

    /** Whether this command's AFTER_CONNECT already brought the tables up to date. */
    private volatile boolean appliedAtConnect;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_CONNECT || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        // It works on connections of its own, never inside the service's migration transaction.
        return false;
    }

    @Override
    public void handle(Event event, Context context) {
        Configuration service = context.getConfiguration();
        try (Connection connection = service.getDataSource().getConnection()) {
            if (event == Event.AFTER_CONNECT) {
                // Every Flyway command connects first, so this is never left over from an earlier one.
                appliedAtConnect = !tablesPresent(connection, service, List.of(service.getTable())).isEmpty();
                if (appliedAtConnect) {
                    apply(connection, service);
                }
            } else if (!appliedAtConnect) {
                apply(connection, service);
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not bring the change-event tables up to date: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "change-event schema";
    }

    private static void apply(Connection connection, Configuration service) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            lock.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
        }
        try {
            if (tablesPresent(connection, service, List.of(HISTORY_TABLE)).isEmpty()) {
                List<String> present = tablesPresent(connection, service, PRE_KIT_TABLES);
                if (present.size() == PRE_KIT_TABLES.size()) {
                    adopt(service);
                } else if (!present.isEmpty()) {
                    throw new FlywayException("The database has the change-event tables " + present + " but not all of "
                            + PRE_KIT_TABLES + ", and no " + HISTORY_TABLE + ": it is older than the kit can adopt. "
                            + "Start the service's release from before the kit owned these tables once, then this one.");
                }
            }
            kitFlyway(service, "0").migrate();
        } finally {
            try (Statement unlock = connection.createStatement()) {
                unlock.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
            }
        }
    }

    private static void adopt(Configuration service) {
        kitFlyway(service, PRE_KIT_VERSION).baseline();
        Callback[] others = Arrays.stream(service.getCallbacks()).filter(c -> !(c instanceof ChangeEventSchema)).toArray(Callback[]::new);
        RepairResult repair = Flyway.configure(service.getClassLoader()).configuration(service).callbacks(others).load().repair();
        LOG.infof("Adopted change-event tables created by the service's own migrations: %s baselined at version %s; "
                + "checksums taken as they are now for %s", HISTORY_TABLE, PRE_KIT_VERSION, describe(repair.migrationsAligned));
    }

    private static String describe(List<RepairOutput> migrations) {
        return migrations.isEmpty() ? "no migration"
                : migrations.stream().map(m -> m.version + " (" + m.description + ")").collect(Collectors.joining(", "));
    }

    private static Flyway kitFlyway(Configuration service, String baselineVersion) {
        // A new database holds the service's history table by now, so the kit's history is
        // started with a baseline below its first version rather than refused as non-empty.
        return Flyway.configure(ChangeEventSchema.class.getClassLoader())
                .dataSource(service.getDataSource())
                .defaultSchema(service.getDefaultSchema())
                .schemas(service.getSchemas())
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .baselineOnMigrate(true)
                .baselineVersion(baselineVersion)
                .baselineDescription(PRE_KIT_VERSION.equals(baselineVersion) ? "adopted from the service migrations" : "kit history started")
                .load();
    }

    /** Which of {@code tables} exist in the schema that holds the service's history. */
    private static List<String> tablesPresent(Connection connection, Configuration service, List<String> tables) throws SQLException {
        Optional<String> schema = Optional.ofNullable(service.getDefaultSchema())
                .or(() -> Arrays.stream(service.getSchemas()).findFirst());
        try (PreparedStatement query = connection.prepareStatement("select table_name from information_schema.tables "
                + "where table_schema = coalesce(?, current_schema()) and table_name = any (?) order by table_name")) {
            query.setString(1, schema.orElse(null));
            query.setArray(2, connection.createArrayOf("varchar", tables.toArray()));
            List<String> present = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    present.add(result.getString(1));
                }
            }
            return present;
        }
    }
}
