package org.coalitiontracker.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL init script (docker/postgres/init/01-databases.sh): it creates the three
 * databases, each owned by its service's role, with the passwords the compose file passes.
 */
class PostgresInitScriptTests {

    static final Path SCRIPT_FOLDER = Path.of("docker/postgres/init");
    static final Pattern CREATE_DATABASE = Pattern.compile("^create_database (\\w+) \"\\$\\{(\\w+):\\?", Pattern.MULTILINE);

    /** The variables the postgres image itself reads (its documentation's list). */
    static final Set<String> POSTGRES_IMAGE_VARIABLES = Set.of("POSTGRES_PASSWORD", "POSTGRES_USER", "POSTGRES_DB",
            "POSTGRES_INITDB_ARGS", "POSTGRES_INITDB_WALDIR", "POSTGRES_HOST_AUTH_METHOD", "PGDATA");

    @Test
    void createsTheThreeDatabases() {
        assertEquals(new TreeSet<>(Services.DATABASES.values()), new TreeSet<>(databasesCreated()));
        String script = script();
        assertTrue(script.contains("CREATE ROLE :\"name\" LOGIN PASSWORD :'password';"), "a login role per database");
        assertTrue(script.contains("CREATE DATABASE :\"name\" OWNER :\"name\";"), "owned by that role");
    }

    @Test
    void theVariablesOfThePostgresContainerAreTheOnesItsImageAndTheScriptRead() {
        Map<String, String> environment = ComposeFile.project().environment("postgres");
        Set<String> scriptVariables = new TreeSet<>(passwordVariables().values());
        for (String variable : environment.keySet()) {
            assertTrue(POSTGRES_IMAGE_VARIABLES.contains(variable) || scriptVariables.contains(variable),
                    variable + " is read neither by the postgres image nor by the init script");
        }
        for (String variable : scriptVariables) {
            assertTrue(environment.containsKey(variable), "the init script needs " + variable);
        }
        assertTrue(Files.isExecutable(Project.root().resolve(SCRIPT_FOLDER).resolve("01-databases.sh")),
                "the image runs an executable *.sh (a non-executable one would be sourced into its entrypoint)");
    }

    /**
     * Runs the script, with psql as the image does, against a real PostgreSQL (the embedded one the
     * other tests use), then connects as each service. Needs a psql client on the PATH, which a
     * machine with only a JDK lacks: there the test is skipped, and the static checks above remain.
     */
    @Test
    void onARealServerEachServiceOwnsItsDatabaseAndOnlyThatOne() throws Exception {
        assumeTrue(psqlAvailable(), "no psql client on the PATH");
        try (EmbeddedPostgres postgres = EmbeddedPostgresResource.startOnFreePort()) {
            Map<String, String> passwords = new TreeMap<>();
            passwordVariables().forEach((database, variable) -> passwords.put(variable, database + "-secret"));
            run(postgres.getPort(), passwords);

            try (Connection admin = postgres.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement();
                    ResultSet owners = statement.executeQuery(
                            "select datname, pg_get_userbyid(datdba) from pg_database where datname in ('countries', 'events', 'commitments')")) {
                Map<String, String> ownerOf = new TreeMap<>();
                while (owners.next()) {
                    ownerOf.put(owners.getString(1), owners.getString(2));
                }
                assertEquals(Map.of("countries", "countries", "events", "events", "commitments", "commitments"), ownerOf);
            }
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
            // countries-service's first migration creates unaccent: its role may, as the database's owner.
            try (Connection countries = DriverManager.getConnection(url + "countries", "countries", "countries-secret");
                    Statement statement = countries.createStatement()) {
                statement.execute("create extension if not exists unaccent");
                statement.execute("create table owned_here (id int)");
            }
            for (String database : List.of("events", "commitments")) {
                try (Connection own = DriverManager.getConnection(url + database, database, database + "-secret")) {
                    assertTrue(own.isValid(5));
                }
                SQLException refused = assertThrows(SQLException.class,
                        () -> DriverManager.getConnection(url + database, "countries", "countries-secret").close());
                assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
            }
        }
    }

    /** The databases the script creates, in order. */
    static Set<String> databasesCreated() {
        return passwordVariables().keySet();
    }

    /** Database -> the variable holding its role's password. */
    static Map<String, String> passwordVariables() {
        Matcher matcher = CREATE_DATABASE.matcher(script());
        Map<String, String> variables = new LinkedHashMap<>();
        while (matcher.find()) {
            variables.put(matcher.group(1), matcher.group(2));
        }
        return variables;
    }

    private static String script() {
        try (var files = Files.list(Project.root().resolve(SCRIPT_FOLDER))) {
            List<Path> scripts = files.sorted().toList();
            assertEquals(List.of("01-databases.sh"), scripts.stream().map(p -> p.getFileName().toString()).toList());
            return Files.readString(scripts.get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(int port, Map<String, String> passwords) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", Project.root().resolve(SCRIPT_FOLDER).resolve("01-databases.sh").toString())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("PG"));
        environment.put("PGHOST", "localhost");
        environment.put("PGPORT", String.valueOf(port));
        environment.put("POSTGRES_USER", "postgres");
        environment.put("POSTGRES_DB", "postgres");
        environment.putAll(passwords);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the init script did not finish");
        assertEquals(0, process.exitValue(), "the init script failed:\n" + output);
    }

    private static boolean psqlAvailable() {
        try {
            Process process = new ProcessBuilder("psql", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
