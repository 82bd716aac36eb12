package org.coalitiontracker.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A real single-node Kafka broker (KRaft, broker and controller combined) inside the test JVM that,
 * unlike {@link KafkaBrokerResource}'s, can be stopped and started again: on the same address, with
 * the topics, records and consumer offsets it had. Tests use it to take Kafka away while a service
 * writes and to bring it back.
 */
public final class RestartableKafkaBroker implements AutoCloseable {

    /** Any valid KRaft cluster id (16 bytes, base64): the directory is formatted once with it and reused. */
    private static final String CLUSTER_ID = "cmVzdGFydGFibGUta2Fma2E";
    /** Not the id of the other in-JVM broker (0), so that their JMX names do not collide. */
    private static final int NODE_ID = 1;

    private final Path directory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private RestartableKafkaBroker(Path directory, int port, int controllerPort) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Formats a fresh data directory, starts the broker on free ports and returns once it serves clients. */
    public static RestartableKafkaBroker startNew() {
        try {
            RestartableKafkaBroker broker = new RestartableKafkaBroker(Files.createTempDirectory("restartable-kafka"),
                    FreePorts.pick(), FreePorts.pick());
            broker.format();
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("No directory for Kafka's data", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker on its address with the data it had; returns once it serves clients. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(properties()), Time.SYSTEM);
        try {
            // Returns when the broker is registered and unfenced, i.e. it accepts produce and fetch requests.
            starting.startup();
        } catch (RuntimeException e) {
            starting.shutdown();
            starting.awaitShutdown();
            throw new IllegalStateException("Kafka did not start on " + bootstrapServers(), e);
        }
        server = starting;
    }

    /** Shuts the broker down cleanly (its data stays on disk); clients then find nothing listening on its port. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        KafkaRaftServer stopping = server;
        server = null;
        stopping.shutdown();
        stopping.awaitShutdown();
    }

    /** Stops the broker and deletes its data. */
    @Override
    public synchronized void close() {
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void format() throws IOException {
        Path file = directory.resolve("server.properties");
        try (var out = Files.newBufferedWriter(file)) {
            properties().store(out, "restartable test broker");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(new String[] { "format", "--cluster-id", CLUSTER_ID, "--config", file.toString() },
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("Formatting Kafka's storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", Integer.toString(NODE_ID));
        properties.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        properties.put("log.dirs", directory.resolve("data").toString());
        // A single broker cannot hold the default three replicas: without these, consumer groups
        // and the idempotent producer's state never become available.
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        return properties;
    }
}
