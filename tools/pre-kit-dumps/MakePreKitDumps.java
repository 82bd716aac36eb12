import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.flywaydb.core.Flyway;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Writes, for each service, a pg_dump of its database as the service's own Flyway migrations of
 * a given commit leave it, with rows in every table: run by make-dumps.sh (see README.md there),
 * never by the build. The server is the tests' embedded PostgreSQL, so the dump restores into it.
 *
 * Arguments: the folder holding each service's migrations (service/src/main/resources/db/migration),
 * the folder of the rows files (service.sql), the repository root (dumps go to
 * service/src/test/resources/schema-upgrade/pre-kit.sql), the pg_dump executable, the commit.
 */
public class MakePreKitDumps {

    private static final List<String> SERVICES = List.of("countries-service", "events-service", "commitments-service");

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path rows = Path.of(args[1]);
        Path root = Path.of(args[2]);
        String pgDump = args[3];
        String commit = args[4];
        try (EmbeddedPostgres postgres = EmbeddedPostgresResource.startOnFreePort()) {
            for (String service : SERVICES) {
                String database = service.replace("-service", "");
                try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
                    statement.execute("create database " + database);
                }
                Flyway.configure()
                        .dataSource(postgres.getDatabase("postgres", database))
                        .locations("filesystem:" + migrations.resolve(service).resolve("src/main/resources/db/migration"))
                        .load()
                        .migrate();
                try (Connection connection = postgres.getDatabase("postgres", database).getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute(Files.readString(rows.resolve(service + ".sql")));
                }
                Path dump = root.resolve(service).resolve("src/test/resources/schema-upgrade/pre-kit.sql");
                Files.createDirectories(dump.getParent());
                dump(pgDump, postgres.getPort(), database, dump);
                prependOrigin(dump, service, commit);
                System.out.println("Wrote " + root.relativize(dump));
            }
        }
    }

    private static void dump(String pgDump, int port, String database, Path file) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(pgDump, "--host=localhost", "--port=" + port, "--username=postgres",
                "--no-owner", "--no-privileges", "--inserts", "--file=" + file, database));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("pg_dump failed for " + database);
        }
    }

    private static void prependOrigin(Path dump, String service, String commit) throws IOException {
        Files.writeString(dump, "-- " + service + "'s database at commit " + commit
                + ", before the kit owned the change-event tables: made by tools/pre-kit-dumps/make-dumps.sh.\n"
                + Files.readString(dump));
    }

    private MakePreKitDumps() {
    }
}
