package org.coalitiontracker.suite.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CPU limit on a running process, as a container's CPU limit is: the CFS bandwidth quota of a
 * control group of its own (cgroup v1's {@code cpu.cfs_quota_us}, or v2's {@code cpu.max}). The
 * process with all its threads, and every thread it starts later, gets at most {@code milliCpus}
 * thousandths of one core per period; {@link #close} moves it back to the root group and removes
 * the group. Needs root, as the benchmarks' other faults do.
 *
 * <p>Why: on a 2-core machine a load generator cannot offer ten times what a service does with
 * those cores, because it runs on them too. Held to a fraction of a core, the service's sustainable
 * rate falls far enough that the generator can offer ten times it for real.
 */
public final class CpuQuota implements AutoCloseable {

    /** A short period so that a throttled process waits at most a few ms, not most of the default 100 ms. */
    private static final int PERIOD_MICROS = 10_000;
    private static final Path V1 = Path.of("/sys/fs/cgroup/cpu");
    private static final Path V2 = Path.of("/sys/fs/cgroup");

    private final Path root;
    private final Path group;
    private final long pid;
    private boolean closed;

    private CpuQuota(Path root, Path group, long pid) {
        this.root = root;
        this.group = group;
        this.pid = pid;
    }

    /** Limits {@code pid} to {@code milliCpus} (1000 = one core). */
    public static CpuQuota limit(long pid, int milliCpus, String name) {
        if (milliCpus <= 0) {
            throw new IllegalArgumentException("A CPU quota must be above 0 milli-CPUs: " + milliCpus);
        }
        long quota = (long) PERIOD_MICROS * milliCpus / 1000;
        try {
            if (Files.isRegularFile(V1.resolve("cpu.cfs_quota_us"))) {
                Path group = Files.createDirectories(V1.resolve(name));
                Files.writeString(group.resolve("cpu.cfs_period_us"), Integer.toString(PERIOD_MICROS));
                Files.writeString(group.resolve("cpu.cfs_quota_us"), Long.toString(quota));
                return join(V1, group, pid);
            }
            if (Files.isRegularFile(V2.resolve("cgroup.controllers"))) {
                Files.writeString(V2.resolve("cgroup.subtree_control"), "+cpu");
                Path group = Files.createDirectories(V2.resolve(name));
                Files.writeString(group.resolve("cpu.max"), quota + " " + PERIOD_MICROS);
                return join(V2, group, pid);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not limit process " + pid + "'s CPU (needs root and a writable cgroup cpu controller)", e);
        }
        throw new IllegalStateException("No cgroup cpu controller under /sys/fs/cgroup");
    }

    private static CpuQuota join(Path root, Path group, long pid) throws IOException {
        // Writing a pid to cgroup.procs moves the whole process, every thread of it.
        Files.writeString(group.resolve("cgroup.procs"), Long.toString(pid));
        return new CpuQuota(root, group, pid);
    }

    /** Times the group's processes had to wait for the next period, so far: shows the limit bit. */
    public long throttledPeriods() {
        try {
            return Files.readAllLines(group.resolve("cpu.stat")).stream().filter(line -> line.startsWith("nr_throttled "))
                    .mapToLong(line -> Long.parseLong(line.substring("nr_throttled ".length()).strip())).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Lifts the limit; again is a no-op. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (ProcessHandle.of(pid).isPresent()) {
                Files.writeString(root.resolve("cgroup.procs"), Long.toString(pid));
            }
            Files.deleteIfExists(group);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not lift the CPU quota of process " + pid, e);
        }
    }
}
