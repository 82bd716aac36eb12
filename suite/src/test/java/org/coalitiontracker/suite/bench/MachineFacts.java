package org.coalitiontracker.suite.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a results file says about where and with what it was measured: the machine (cores,
 * memory, CPU model, load before the run), the date, the versions of Java, Quarkus, Kafka and
 * PostgreSQL, and the commit of the code.
 */
public final class MachineFacts {

    private MachineFacts() {
    }

    /** The header lines of a results file, as a Markdown list. */
    public static List<String> describe(Path root, Optional<String> anyServiceJdbcUrl) {
        List<String> lines = new ArrayList<>();
        lines.add("- Date: " + OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        lines.add("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), "
                + memory() + " memory, " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        lines.add("- Load average before the run (1, 5, 15 min): " + loadAverage()
                + " — a figure taken while something else ran is not a measurement");
        lines.add("- Java: " + System.getProperty("java.vendor") + " " + System.getProperty("java.version") + " ("
                + System.getProperty("java.vm.name") + "), for the services, the broker and the load generator alike");
        lines.add("- Quarkus " + quarkusVersion(root) + ", Kafka " + kafkaVersion() + " (one broker process, KRaft), "
                + anyServiceJdbcUrl.map(MachineFacts::postgresVersion).orElse("PostgreSQL (version not read)"));
        lines.add("- Code: " + gitCommit(root));
        return lines;
    }

    public static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("CPU model unknown");
        } catch (IOException e) {
            return "CPU model unknown";
        }
    }

    public static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024 / 1024.0).findFirst()
                    .map(gib -> String.format("%.1f GiB", gib)).orElse("unknown");
        } catch (IOException | NumberFormatException e) {
            return "unknown";
        }
    }

    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return String.format("%.2f (1 min)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * Waits, at most {@code longest}, until the 1-minute load average is below {@code below}: a
     * benchmark's own loading leaves the average high for minutes after the work has ended, and
     * a figure taken then measures the machine's backlog as much as the code. Returns whether it
     * got that quiet; the caller prints the load average either way.
     */
    public static boolean awaitQuiet(double below, Duration longest) throws InterruptedException {
        long deadline = System.nanoTime() + longest.toNanos();
        while (System.nanoTime() < deadline) {
            if (ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() < below) {
                return true;
            }
            Thread.sleep(5_000);
        }
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() < below;
    }

    /** From the jar the packaged services actually run with. */
    public static String quarkusVersion(Path root) {
        Path lib = root.resolve("countries-service/target/quarkus-app/lib/main");
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, "io.quarkus.quarkus-core-*.jar")) {
            for (Path jar : jars) {
                String name = jar.getFileName().toString();
                return name.substring("io.quarkus.quarkus-core-".length(), name.length() - ".jar".length());
            }
        } catch (IOException e) {
            // reported below
        }
        return "(version not read)";
    }

    public static String kafkaVersion() {
        return org.apache.kafka.common.utils.AppInfoParser.getVersion();
    }

    public static String postgresVersion(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("show server_version")) {
            result.next();
            return "PostgreSQL " + result.getString(1) + " (embedded, one server for the three databases)";
        } catch (SQLException e) {
            return "PostgreSQL (version not read: " + e.getMessage() + ")";
        }
    }

    public static String gitCommit(Path root) {
        try {
            Process git = new ProcessBuilder("git", "describe", "--always", "--dirty", "--abbrev=10").directory(root.toFile())
                    .redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? "commit " + out : "(not a git checkout)";
        } catch (IOException e) {
            return "(git not available)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }
}
