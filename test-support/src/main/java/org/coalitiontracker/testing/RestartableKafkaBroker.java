package org.coalitiontracker.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    private final int nodeId;
    private final ClientListener listener;
    private KafkaRaftServer server;

    private RestartableKafkaBroker(Path directory, int port, int controllerPort, int nodeId, ClientListener listener) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.nodeId = nodeId;
        this.listener = listener;
    }

    /** Formats a fresh data directory, starts the broker on free ports and returns once it serves clients. */
    public static RestartableKafkaBroker startNew() {
        return startNew(NODE_ID, ClientListener.PLAINTEXT);
    }

    /**
     * The same with the client-facing listener secured as {@code listener} says; {@code nodeId}
     * keeps its JMX names apart from those of other brokers in the JVM.
     */
    static RestartableKafkaBroker startNew(int nodeId, ClientListener listener) {
        try {
            RestartableKafkaBroker broker = new RestartableKafkaBroker(Files.createTempDirectory("restartable-kafka"),
                    FreePorts.pick(), FreePorts.pick(), nodeId, listener);
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
        List<String> arguments = new ArrayList<>(List.of("format", "--cluster-id", CLUSTER_ID, "--config", file.toString()));
        arguments.addAll(listener.formatArguments());
        int exit = StorageTool.execute(arguments.toArray(String[]::new), new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("Formatting Kafka's storage failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        String name = listener.protocol().name;
        properties.put("node.id", Integer.toString(nodeId));
        properties.put("controller.quorum.voters", nodeId + "@127.0.0.1:" + controllerPort);
        // The controller's listener serves only the controller protocol, never a client's produce or fetch.
        properties.put("listeners", name + "://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", name + "://127.0.0.1:" + port);
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", name);
        properties.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT," + name + ":" + name);
        properties.put("log.dirs", directory.resolve("data").toString());
        // A single broker cannot hold the default three replicas: without these, consumer groups
        // and the idempotent producer's state never become available.
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "1");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.putAll(listener.brokerSettings());
        return properties;
    }
}
