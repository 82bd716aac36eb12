package org.coalitiontracker.suite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * What Linux says about a process: its resident memory ({@code VmRSS}, {@code VmHWM} in
 * {@code /proc/<pid>/status}) and the CPU time it has used ({@code utime + stime} in
 * {@code /proc/<pid>/stat}, in clock ticks of 1/100 s, the value on every Linux of this kind).
 */
public final class ProcessStats {

    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessStats() {
    }

    /** Resident set size in MiB, or empty when the process is gone. */
    public static OptionalLong rssMiB(long pid) {
        return statusKiB(pid, "VmRSS:").stream().mapToLong(kib -> kib / 1024).findFirst();
    }

    /** Peak resident set size in MiB. */
    public static OptionalLong peakRssMiB(long pid) {
        return statusKiB(pid, "VmHWM:").stream().mapToLong(kib -> kib / 1024).findFirst();
    }

    private static java.util.Optional<Long> statusKiB(long pid, String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream().filter(line -> line.startsWith(field))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst();
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** CPU seconds (user + system) the process has used so far; 0 when it cannot be read. */
    public static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may hold spaces; the fields after its closing parenthesis are fixed.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The PostgreSQL server's processes: the postmaster named in {@code postmaster.pid} and its children. */
    public static List<Long> postgresPids(Path dataDirectory) {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid")).get(0).strip());
            return ProcessHandle.of(postmaster).map(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.children())
                    .map(ProcessHandle::pid).toList()).orElse(List.of());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
