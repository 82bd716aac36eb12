package org.coalitiontracker.kit.events;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes outbox rows to Kafka in commit order and deletes each row only after the broker
 * acknowledged it. One relay per database publishes at a time: each batch runs in a transaction
 * holding a PostgreSQL advisory lock, so several instances of a service take turns instead of
 * publishing the same rows side by side. While Kafka is unreachable the rows simply wait; the
 * relay retries with a doubling backoff. Each publish is a producer span continuing the trace of
 * the write that made the row ({@link ChangeEventTracing}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Any constant works: advisory locks are scoped to the database, and each service has its own. */
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    private static final String SELECT_BATCH = "select id, event_id, topic, aggregate_key, aggregate_version, event_type, payload, actor, occurred_at, traceparent "
            + "from outbox order by id limit ?";
    /** A JAAS or other configuration text quoted in a message must never carry its password to the health page. */
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password\\s*=\\s*)(\"[^\"]*\"|[^\\s,;]+)");

    private final AgroalDataSource dataSource;
    private final ChangeEventsConfig config;
    private final KafkaClients clients;
    private final TopicProvisioner topics;
    private final MeterRegistry metrics;
    private final ChangeEventTracing tracing;
    private final String source;
    private final Semaphore wakeups = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();

    private volatile boolean running;
    private volatile boolean kafkaReachable;
    private volatile String kafkaError;
    private volatile Instant backlogMeasuredAt = Instant.EPOCH;
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;
    private Timer publishLatency;
    private Counter published;

    public OutboxRelay(AgroalDataSource dataSource, ChangeEventsConfig config, KafkaClients clients, TopicProvisioner topics,
            MeterRegistry metrics, ChangeEventTracing tracing, @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.dataSource = dataSource;
        this.source = config.source().orElse("/" + applicationName);
        this.config = config;
        this.clients = clients;
        this.topics = topics;
        this.metrics = metrics;
        this.tracing = tracing;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        publishLatency = Timer.builder("outbox.publish.latency")
                .description("Time from the commit of a change to the broker's acknowledgement of its event")
                .publishPercentiles(0.5, 0.99).register(metrics);
        published = Counter.builder("outbox.published").description("Change events published and acknowledged").register(metrics);
        Gauge.builder("outbox.backlog", backlog, AtomicLong::get).description("Outbox rows not yet published").register(metrics);
        Gauge.builder("outbox.oldest.age.seconds", oldestAgeMillis, a -> a.get() / 1000.0)
                .description("Age of the oldest unpublished outbox row").register(metrics);
        producer = new KafkaProducer<>(clients.producer("outbox-relay"));
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (thread == null) {
            return;
        }
        running = false;
        wake();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(Duration.ofSeconds(5));
    }

    /** Called after a commit that wrote outbox rows. */
    public void wake() {
        wakeups.release();
    }

    public boolean kafkaReachable() {
        return kafkaReachable;
    }

    /**
     * Why the relay last failed to reach Kafka (the error's class and message, passwords hidden),
     * while it still cannot: e.g. an authentication failure, which no waiting will cure.
     */
    public Optional<String> kafkaError() {
        return kafkaReachable ? Optional.empty() : Optional.ofNullable(kafkaError);
    }

    public long backlog() {
        return backlog.get();
    }

    private void run() {
        Duration backoff = config.relay().minBackoff();
        boolean topicsReady = false;
        while (running) {
            try {
                measureBacklogAtMostEverySecond();
                if (!topicsReady) {
                    topics.ensureTopicsExist();
                    topicsReady = true;
                    reachedKafka();
                }
                int count = publishBatch();
                if (count > 0) {
                    // An empty batch does not touch Kafka, so only a publish proves it reachable.
                    reachedKafka();
                }
                backoff = config.relay().minBackoff();
                if (count == 0) {
                    wakeups.tryAcquire(config.relay().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeups.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (kafkaReachable || backoff.equals(config.relay().minBackoff())) {
                    LOG.warnf("Outbox relay cannot publish (%s); retrying with backoff", e.toString());
                }
                kafkaError(e).ifPresent(error -> kafkaError = error);
                kafkaReachable = false;
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.relay().maxBackoff()) > 0 ? config.relay().maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    private void reachedKafka() {
        kafkaReachable = true;
        kafkaError = null;
    }

    /** The Kafka error behind a failure, if Kafka's it was (not the database's). */
    static Optional<String> kafkaError(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (!(cause instanceof KafkaException || cause instanceof java.util.concurrent.TimeoutException)) {
            return Optional.empty();
        }
        String message = cause.getMessage() == null ? "" : ": " + PASSWORD.matcher(cause.getMessage()).replaceAll("$1[hidden]");
        return Optional.of(cause.getClass().getName() + message);
    }

    /** Publishes the oldest rows; returns how many were acknowledged and deleted. */
    private int publishBatch() throws SQLException, InterruptedException, ExecutionException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryRelayLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<OutboxRow> rows = oldestRows(connection);
                // Fails fast (after max.block.ms) when the broker is unreachable, instead of
                // every send of the batch waiting for metadata in turn.
                rows.stream().map(OutboxRow::topic).distinct().forEach(producer::partitionsFor);
                List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
                for (OutboxRow row : rows) {
                    acks.add(send(row));
                }
                producer.flush();
                int acknowledged = 0;
                ExecutionException failure = null;
                for (int i = 0; i < acks.size(); i++) {
                    try {
                        acks.get(i).get();
                        publishLatency.record(Duration.between(rows.get(i).occurredAt(), Instant.now()));
                        acknowledged++;
                    } catch (ExecutionException e) {
                        failure = e;
                        break;
                    }
                }
                // Only the acknowledged prefix is deleted: what follows a failure is sent again,
                // later, in the same order (a duplicate is harmless to consumers, a gap is not).
                delete(connection, rows.subList(0, acknowledged));
                connection.commit();
                published.increment(acknowledged);
                if (failure != null) {
                    throw failure;
                }
                return acknowledged;
            } catch (SQLException | RuntimeException | InterruptedException | ExecutionException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Sends a row's record inside its producer span, which ends when the broker answers. */
    private Future<RecordMetadata> send(OutboxRow row) {
        ProducerRecord<String, byte[]> record = row.toRecord(source);
        Span span = tracing.publishing(record, row.traceParent(), row.eventId(), row.version());
        try {
            return producer.send(record, (metadata, failure) -> ChangeEventTracing.published(span, metadata, failure));
        } catch (RuntimeException e) {
            ChangeEventTracing.published(span, null, e);
            throw e;
        }
    }

    private static boolean tryRelayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private List<OutboxRow> oldestRows(Connection connection) throws SQLException {
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_BATCH)) {
            select.setInt(1, config.relay().batchSize());
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(OutboxRow.read(result));
                }
            }
        }
        return rows;
    }

    private static void delete(Connection connection, List<OutboxRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from outbox where id = any (?)")) {
            delete.setArray(1, connection.createArrayOf("bigint", rows.stream().map(OutboxRow::id).toArray()));
            delete.executeUpdate();
        }
    }

    private void measureBacklogAtMostEverySecond() throws SQLException {
        Instant now = Instant.now();
        if (Duration.between(backlogMeasuredAt, now).toMillis() < 1000) {
            return;
        }
        backlogMeasuredAt = now;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*), min(occurred_at) from outbox")) {
            result.next();
            backlog.set(result.getLong(1));
            java.sql.Timestamp oldest = result.getTimestamp(2);
            oldestAgeMillis.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis()));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record OutboxRow(long id, String eventId, String topic, String key, long version, String type, String payload, String actor,
            Instant occurredAt, String traceParent) {

        static OutboxRow read(ResultSet result) throws SQLException {
            return new OutboxRow(result.getLong("id"), result.getString("event_id"), result.getString("topic"),
                    result.getString("aggregate_key"), result.getLong("aggregate_version"), result.getString("event_type"),
                    result.getString("payload"), result.getString("actor"), result.getTimestamp("occurred_at").toInstant(),
                    result.getString("traceparent"));
        }

        ProducerRecord<String, byte[]> toRecord(String source) {
            byte[] value = payload == null ? null : payload.getBytes(StandardCharsets.UTF_8);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            CloudEventHeaders.put(record.headers(), CloudEventHeaders.SPEC_VERSION, "1.0");
            CloudEventHeaders.put(record.headers(), CloudEventHeaders.ID, eventId);
            CloudEventHeaders.put(record.headers(), CloudEventHeaders.SOURCE, source);
            CloudEventHeaders.put(record.headers(), CloudEventHeaders.TYPE, type);
            CloudEventHeaders.put(record.headers(), CloudEventHeaders.TIME, occurredAt.toString());
            CloudEventHeaders.put(record.headers(), CloudEventHeaders.SUBJECT, key);
            CloudEventHeaders.put(record.headers(), CloudEventHeaders.AGGREGATE_VERSION, Long.toString(version));
            CloudEventHeaders.put(record.headers(), CloudEventHeaders.ACTOR, actor);
            if (payload != null) {
                CloudEventHeaders.put(record.headers(), CloudEventHeaders.CONTENT_TYPE, "application/json");
            }
            return record;
        }
    }
}
