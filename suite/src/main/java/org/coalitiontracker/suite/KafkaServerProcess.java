package org.coalitiontracker.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one process) run from Apache
 * Kafka's own jars as a separate process, with its data in a directory of its own: it can be
 * stopped and started again on the same port with its topics intact.
 */
public final class KafkaServerProcess implements AutoCloseable {

    private static final String CLUSTER_ID = "Y29hbGl0aW9uLXRyYWNr";

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final List<Listener> extraListeners;
    private Process process;

    /** A further PLAINTEXT listener on {@code port} whose clients are told the broker is at {@code 127.0.0.1:advertisedPort}. */
    public record Listener(String name, int port, int advertisedPort) {
    }

    private KafkaServerProcess(Path directory, int port, int controllerPort, List<Listener> extraListeners) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.extraListeners = List.copyOf(extraListeners);
    }

    /** Formats {@code directory} on first use, then starts the broker and waits until it accepts connections. */
    public static KafkaServerProcess start(Path directory, int port, int controllerPort) throws InterruptedException {
        return start(directory, port, controllerPort, List.of());
    }

    /** As {@link #start(Path, int, int)}, with further listeners (written when the directory is first formatted). */
    public static KafkaServerProcess start(Path directory, int port, int controllerPort, List<Listener> extraListeners)
            throws InterruptedException {
        KafkaServerProcess kafka = new KafkaServerProcess(directory, port, controllerPort, extraListeners);
        kafka.formatOnce();
        kafka.start();
        return kafka;
    }

    public String bootstrapServers() {
        return bootstrapServers(port);
    }

    /** Where a broker of this kind on {@code port} answers, known before it does. */
    public static String bootstrapServers(int port) {
        return "127.0.0.1:" + port;
    }

    public void start() throws InterruptedException {
        process = java("kafka.Kafka", properties().toString()).redirectOutput(directory.resolve("server.log").toFile()).start0();
        // As long as a service is given to be ready (Suite): the broker now starts beside the
        // services, and on a busy 2-core machine it took over 60 s while they started too.
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!accepting()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                // Not left running behind a start that failed: nobody would stop it.
                stop();
                throw new IllegalStateException("Kafka did not start on port " + port + "; see " + directory.resolve("server.log"));
            }
            Thread.sleep(200);
        }
    }

    /** SIGTERM and wait: the broker shuts down cleanly and keeps its data. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        process = null;
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void formatOnce() throws InterruptedException {
        if (Files.exists(directory.resolve("data/meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(directory);
            Files.writeString(properties(), """
                    process.roles=broker,controller
                    node.id=1
                    controller.quorum.voters=1@127.0.0.1:%2$d
                    listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d%4$s
                    advertised.listeners=PLAINTEXT://127.0.0.1:%1$d%5$s
                    controller.listener.names=CONTROLLER
                    inter.broker.listener.name=PLAINTEXT
                    listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT%6$s
                    log.dirs=%3$s
                    num.partitions=3
                    offsets.topic.replication.factor=1
                    offsets.topic.num.partitions=1
                    transaction.state.log.replication.factor=1
                    transaction.state.log.min.isr=1
                    group.initial.rebalance.delay.ms=0
                    """.formatted(port, controllerPort, directory.resolve("data"),
                    extra(l -> l.name() + "://127.0.0.1:" + l.port()), extra(l -> l.name() + "://127.0.0.1:" + l.advertisedPort()),
                    extra(l -> l.name() + ":PLAINTEXT")));
            Process format = java("kafka.tools.StorageTool", "format", "-t", CLUSTER_ID, "-c", properties().toString())
                    .redirectOutput(directory.resolve("format.log").toFile()).start0();
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("Formatting Kafka's storage failed; see " + directory.resolve("format.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String extra(java.util.function.Function<Listener, String> entry) {
        return extraListeners.stream().map(entry).map(e -> "," + e).collect(java.util.stream.Collectors.joining());
    }

    private Path properties() {
        return directory.resolve("server.properties");
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A JVM with this JVM's class path, which holds the Kafka server jars. */
    private static Launch java(String mainClass, String... arguments) {
        // C1 alone and the serial collector: the broker's first 8 s took 2.7-2.8 s of CPU instead of
        // 5.0 s, left to the services starting beside it on two cores (./run-suite restarted 1.4 s
        // sooner), and propagation through it was no slower (benchmarks/propagation-rate-results.md).
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        return new Launch(new ProcessBuilder(command).redirectErrorStream(true));
    }

    private record Launch(ProcessBuilder builder) {
        Launch redirectOutput(java.io.File file) {
            builder.redirectOutput(file);
            return this;
        }

        Process start0() {
            try {
                return builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
