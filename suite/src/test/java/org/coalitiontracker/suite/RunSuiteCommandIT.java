package org.coalitiontracker.suite;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.coalitiontracker.testing.FreePorts;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code ./run-suite} the way the README tells a newcomer to, on free ports and with a data
 * directory of its own (the build has just happened, so {@code SUITE_SKIP_BUILD=true}), and
 * checks what a user would see: the suite ready, the demo data through the APIs, a second start
 * that adds nothing, and no process left after SIGTERM.
 */
class RunSuiteCommandIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Map<String, String> environment = new HashMap<>();
    private final Path dataDirectory = RunningSuite.ROOT.resolve("suite/target/run-suite-it-" + System.nanoTime());

    RunSuiteCommandIT() {
        environment.put("SUITE_SKIP_BUILD", "true");
        environment.put(SuiteSettings.DATA_DIRECTORY, dataDirectory.toString());
        for (SuiteService service : SuiteService.values()) {
            environment.put(service.portVariable(), Integer.toString(FreePorts.pick()));
        }
        environment.put(SuiteSettings.POSTGRES_PORT, Integer.toString(FreePorts.pick()));
        environment.put(SuiteSettings.KAFKA_PORT, Integer.toString(FreePorts.pick()));
        environment.put(SuiteSettings.KAFKA_CONTROLLER_PORT, Integer.toString(FreePorts.pick()));
    }

    @Test
    void startsWithDemoDataKeepsItAcrossRestartsAndLeavesNoProcessBehind() throws Exception {
        Launch first = Launch.start(environment);
        first.awaitReady();
        assertTrue(first.output().contains("Demo data: coalitions 1 created"), first.output());
        assertTrue(Files.isRegularFile(dataDirectory.resolve("postgres").resolve("demo-data-loaded.txt")), "the complete load is recorded");
        assertTheDemoDataAnswers();
        List<ProcessHandle> processes = first.processesItStarted(dataDirectory);
        assertTrue(processes.size() >= 5, "services, broker and PostgreSQL: " + processes);
        first.stop();
        assertEquals(List.of(), processes.stream().filter(ProcessHandle::isAlive).map(Launch::describe).toList(), "processes left after SIGTERM");

        Launch second = Launch.start(environment);
        second.awaitReady();
        assertTrue(second.output().contains("Demo data: loaded completely on an earlier start, not looked up again"), second.output());
        assertFalse(second.output().contains("Loading the demo data"), second.output());
        assertTheDemoDataAnswers();
        second.stop();
    }

    @Test
    void aPortInUseIsNamedWithTheSettingThatMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(FreePorts.pick())) {
            environment.put(SuiteService.EVENTS.portVariable(), Integer.toString(taken.getLocalPort()));
            Launch launch = Launch.start(environment);
            assertTrue(launch.process.waitFor(60, TimeUnit.SECONDS), "the launcher gave up");
            assertEquals(2, launch.process.exitValue());
            String output = launch.output();
            assertTrue(output.contains("Port " + taken.getLocalPort()) && output.contains("events-service")
                    && output.contains("SUITE_EVENTS_PORT="), output);
            assertFalse(output.contains("Exception"), "no stack trace: " + output);
            assertFalse(Files.exists(dataDirectory.resolve("postgres")), "nothing was started");
        }
    }

    /** The README's tour, in short: the demo data is there in each service, exactly once. */
    private void assertTheDemoDataAnswers() {
        given().baseUri(url(SuiteService.COUNTRIES)).get("/coalitions/coalition-of-the-willing/members?role=LEAD")
                .then().statusCode(200).body("items.countryCode", containsInAnyOrder("FR", "GB"));
        given().baseUri(url(SuiteService.EVENTS)).get("/events?coalition=coalition-of-the-willing")
                .then().statusCode(200).body("total", equalTo(2));
        given().baseUri(url(SuiteService.EVENTS)).get("/events").then().statusCode(200).body("total", equalTo(4));
        given().baseUri(url(SuiteService.COMMITMENTS)).get("/commitments?category=GROUND_FORCES&condition=US_BACKSTOP")
                .then().statusCode(200).body("items.countryCode", containsInAnyOrder("FR", "GB", "DE"));
    }

    private String url(SuiteService service) {
        return "http://localhost:" + environment.get(service.portVariable());
    }

    /** One run of the command, its output collected as it comes. */
    private record Launch(Process process, List<String> lines) {

        static Launch start(Map<String, String> environment) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(RunningSuite.ROOT.resolve("run-suite").toString())
                    .directory(RunningSuite.ROOT.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Launch launch = new Launch(builder.start(), new CopyOnWriteArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader output = new BufferedReader(new InputStreamReader(launch.process.getInputStream(), StandardCharsets.UTF_8))) {
                    output.lines().forEach(launch.lines::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    // The JDK closes the pipe when the process exits; what was read is kept.
                }
            });
            reader.setDaemon(true);
            reader.start();
            return launch;
        }

        void awaitReady() throws InterruptedException {
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (lines.stream().noneMatch(line -> line.startsWith("Coalition Tracker is ready"))) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new AssertionError("the suite did not become ready:\n" + output());
                }
                Thread.sleep(200);
            }
        }

        /** The launcher's descendants (services, broker) and PostgreSQL, which detaches from it. */
        List<ProcessHandle> processesItStarted(Path dataDirectory) throws IOException {
            List<ProcessHandle> processes = new ArrayList<>(process.descendants().toList());
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid")).get(0).strip());
            ProcessHandle.of(postmaster).ifPresent(processes::add);
            return processes;
        }

        void stop() throws InterruptedException {
            process.destroy();
            assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the suite did not stop:\n" + output());
        }

        /** A process as a failure names it: its pid and its command, which say which one was left. */
        static String describe(ProcessHandle process) {
            return process.pid() + " " + process.info().commandLine().orElse("(command not readable)");
        }

        String output() {
            return lines.stream().collect(Collectors.joining("\n"));
        }
    }
}
