package org.coalitiontracker.suite.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A benchmark's parameters: each has a full value (the measurement) and a smoke value (a run of
 * seconds that only proves the benchmark works), chosen by {@code -Dbench.smoke=true}; any one
 * can be overridden with {@code -Dbench.<name>=...}. A smoke run writes its results under
 * {@code suite/target/benchmarks-smoke/}, never into {@code benchmarks/}, so that its figures are
 * never mistaken for a measurement.
 */
public final class BenchSettings {

    private final Path root;
    private final boolean smoke;

    private BenchSettings(Path root, boolean smoke) {
        this.root = root;
        this.smoke = smoke;
    }

    public static BenchSettings fromSystemProperties(Path root) {
        return new BenchSettings(root, Boolean.parseBoolean(System.getProperty("bench.smoke", "false")));
    }

    public boolean smoke() {
        return smoke;
    }

    public Path root() {
        return root;
    }

    public int integer(String name, int full, int smokeValue) {
        String value = System.getProperty("bench." + name);
        return value != null ? Integer.parseInt(value.strip()) : smoke ? smokeValue : full;
    }

    public Duration seconds(String name, int full, int smokeValue) {
        return Duration.ofSeconds(integer(name, full, smokeValue));
    }

    public boolean bool(String name, boolean full, boolean smokeValue) {
        String value = System.getProperty("bench." + name);
        return value != null ? Boolean.parseBoolean(value.strip()) : smoke ? smokeValue : full;
    }

    /** A comma-separated list of whole numbers, such as the client counts {@code 1,16,64}. */
    public int[] integers(String name, String full, String smokeValue) {
        String value = System.getProperty("bench." + name, smoke ? smokeValue : full);
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
    }

    /** Where the results file goes: {@code benchmarks/} for a measurement, {@code suite/target/benchmarks-smoke/} for a smoke run. */
    public Path resultsFile(String name) {
        return smoke ? root.resolve("suite/target/benchmarks-smoke").resolve(name) : root.resolve("benchmarks").resolve(name);
    }
}
