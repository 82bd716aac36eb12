package org.coalitiontracker.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The minimal Quarkus app of {@code benchmarks/minimal-app} (quarkus-rest, Jackson, Hibernate ORM
 * with Panache, PostgreSQL, one entity), which the benchmarks measure the services against: started
 * on a new database of its own on the suite's PostgreSQL, with the services' JVM options (their
 * AppCDS archive aside, which its build does not make).
 */
final class MinimalApp implements AutoCloseable {

    static final Path JAR = RunningSuite.ROOT.resolve("benchmarks/minimal-app/target/quarkus-app/quarkus-run.jar");
    static final Path LOG = RunningSuite.ROOT.resolve("suite/target/minimal-app.log");
    static final String BUILD_COMMAND = "./mvnw -f benchmarks/minimal-app package";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process process;
    private final Duration readyAfter;

    private MinimalApp(Process process, Duration readyAfter) {
        this.process = process;
        this.readyAfter = readyAfter;
    }

    static void requireBuilt() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("Build the minimal app first: " + BUILD_COMMAND + " (" + JAR + " is missing)");
        }
    }

    /** The JVM options it runs with: the services'. */
    static List<String> jvmOptions() {
        return ServiceProcess.jvmOptions(JAR.getParent());
    }

    /** Starts it on {@code port} and waits for {@code /q/health/ready}, polled every 10 ms from the process start. */
    static MinimalApp start(RunningSuite suite, int port) throws Exception {
        requireBuilt();
        String serviceUrl = suite.jdbcUrl(SuiteService.COUNTRIES);
        String serverUrl = serviceUrl.substring(0, serviceUrl.lastIndexOf('/') + 1);
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists minimal");
            statement.execute("create database minimal");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions());
        command.addAll(List.of("-jar", JAR.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(LOG.toFile());
        builder.environment().put("MINIMAL_APP_PORT", Integer.toString(port));
        builder.environment().put("MINIMAL_APP_JDBC_URL", serverUrl + "minimal");
        long started = System.nanoTime();
        Process process = builder.start();
        URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
        long deadline = started + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The minimal app stopped; see " + LOG);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return new MinimalApp(process, Duration.ofNanos(System.nanoTime() - started));
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        process.destroy();
        throw new IllegalStateException("The minimal app was not ready within a minute; see " + LOG);
    }

    long pid() {
        return process.pid();
    }

    /** From its process start to its first 200 on {@code /q/health/ready}. */
    Duration readyAfter() {
        return readyAfter;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
