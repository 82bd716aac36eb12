package org.coalitiontracker.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Real packet loss on the loopback interface for TCP segments to or from a few ports: a classic
 * BPF program, attached with iproute2's {@code tc} to the egress of {@code lo} in direct-action
 * mode, drops each such segment with the given probability (its own random number, per packet),
 * and lets everything else through. The kernel here has no {@code netem}, nor the {@code gact}
 * action that would drop at random, but it has {@code cls_bpf}; classic BPF keeps it to a
 * program {@code tc} takes as numbers, with no compiler. Every packet on {@code lo} leaves once
 * through its egress, so both directions of a connection lose about that fraction, and TCP has
 * to retransmit as it would on a lossy link. Needs root, as CI runs.
 */
final class LossyLoopback implements AutoCloseable {

    /** The filter's priority on {@code lo}: ours alone, so closing removes nothing else. */
    private static final int PREFERENCE = 4917;
    private static final long SKF_AD_RANDOM = 0xFFFFF000L + 56;
    /** TC_ACT_UNSPEC (-1): not decided here, the packet goes on as if no filter were there. */
    private static final long ACCEPT = 0xFFFFFFFFL;
    private static final int TC_ACT_SHOT = 2;

    private final Thread cleanUp = new Thread(LossyLoopback::remove, "lossy-loopback-clean-up");

    private LossyLoopback() {
    }

    /** Starts dropping {@code fraction} of the TCP segments whose source or destination port is one of {@code ports}. */
    static LossyLoopback drop(double fraction, Set<Integer> ports) {
        if (fraction <= 0 || fraction >= 1 || ports.isEmpty()) {
            throw new IllegalArgumentException("a fraction between 0 and 1 of the segments of some ports: " + fraction + ", " + ports);
        }
        remove();
        run("tc", "qdisc", "replace", "dev", "lo", "clsact");
        run("tc", "filter", "add", "dev", "lo", "egress", "pref", String.valueOf(PREFERENCE), "bpf", "da", "bytecode",
                bytecode(fraction, new TreeSet<>(ports)));
        LossyLoopback loss = new LossyLoopback();
        Runtime.getRuntime().addShutdownHook(loss.cleanUp);
        return loss;
    }

    /**
     * The program, as {@code tc}'s "count,code jt jf k,..." of classic BPF instructions. On
     * egress the packet starts with the loopback's Ethernet header.
     */
    static String bytecode(double fraction, TreeSet<Integer> ports) {
        int n = ports.size();
        // Where the jumps land: "pass" after the port checks, then the random draw.
        int pass = 7 + 2 * n;
        int draw = pass + 1;
        List<long[]> program = new ArrayList<>();
        program.add(new long[] {0x28, 0, 0, 12});                                  // ldh [12]: EtherType
        program.add(new long[] {0x15, 0, pass - 2, 0x0800});                       // IPv4, or pass
        program.add(new long[] {0x30, 0, 0, 23});                                  // ldb [23]: IP protocol
        program.add(new long[] {0x15, 0, pass - 4, 6});                            // TCP, or pass
        program.add(new long[] {0xb1, 0, 0, 14});                                  // ldx 4*([14]&0xf): IP header length
        for (int field : new int[] {14, 16}) {                                     // source port, then destination port
            program.add(new long[] {0x48, 0, 0, field});                           // ldh [x+field]
            for (int port : ports) {
                int next = program.size() + 1;
                program.add(new long[] {0x15, draw - next, 0, port});              // one of ours: draw
            }
        }
        program.add(new long[] {0x06, 0, 0, ACCEPT});                              // pass
        program.add(new long[] {0x20, 0, 0, SKF_AD_RANDOM});                       // ld rand: 32 random bits
        long threshold = (long) Math.floor((1 - fraction) * 4294967296.0);
        program.add(new long[] {0x25, 0, 1, threshold});                           // above the threshold: drop
        program.add(new long[] {0x06, 0, 0, TC_ACT_SHOT});                         // drop
        program.add(new long[] {0x06, 0, 0, ACCEPT});                              // pass
        if (program.size() != draw + 4) {
            throw new IllegalStateException("jump targets miscounted");
        }
        StringBuilder text = new StringBuilder().append(program.size());
        for (long[] instruction : program) {
            text.append(',').append(instruction[0]).append(' ').append(instruction[1]).append(' ').append(instruction[2]).append(' ').append(instruction[3]);
        }
        return text.toString();
    }

    /** The kernel's count of TCP segments sent again, from /proc/net/snmp (every socket of this network namespace). */
    static long retransmittedSegments() {
        try {
            List<String> tcp = Files.readAllLines(Path.of("/proc/net/snmp")).stream().filter(line -> line.startsWith("Tcp:")).toList();
            List<String> names = List.of(tcp.get(0).split(" "));
            return Long.parseLong(tcp.get(1).split(" ")[names.indexOf("RetransSegs")]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        remove();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        } catch (IllegalStateException e) {
            // shutting down: the hook runs anyway
        }
    }

    /** Removes our filter if it is there (one left by a run that died); leaves {@code lo}'s other filters and its qdisc. */
    private static void remove() {
        try {
            Process process = new ProcessBuilder("tc", "filter", "del", "dev", "lo", "egress", "pref", String.valueOf(PREFERENCE))
                    .redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("tc (iproute2) is needed for packet loss", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("tc (iproute2) is needed for packet loss", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
