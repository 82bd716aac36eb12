package org.coalitiontracker.kit.feed;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerResponse;

/**
 * The open event streams of {@code GET /changes} ({@link ChangeStream}) and what moves them: a
 * wake-up when this instance's assigner numbered changes, a poll of the feed's end every
 * {@link ChangeFeedConfig#pollInterval()} for changes numbered by another instance, a heartbeat
 * every {@link ChangeFeedConfig#heartbeatInterval()}, and the cut-off of clients that do not read.
 * Wake-ups carry no changes: each stream reads its own from the database, so nothing grows here
 * with the number of changes or of streams but the set of streams itself.
 */
@ApplicationScoped
public class ChangeStreams {

    private static final Logger LOG = Logger.getLogger(ChangeStreams.class);

    private final ChangeFeed feed;
    private final ChangeFeedConfig config;
    private final ObjectMapper mapper;
    private final ManagedExecutor executor;
    private final MeterRegistry metrics;
    private final Set<ChangeStream> streams = ConcurrentHashMap.newKeySet();
    private final AtomicLong feedEnd = new AtomicLong(-1);
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "change-feed-streams");
        thread.setDaemon(true);
        return thread;
    });
    private Counter cutOff;

    public ChangeStreams(ChangeFeed feed, ChangeFeedConfig config, ObjectMapper mapper, ManagedExecutor executor, MeterRegistry metrics) {
        this.feed = feed;
        this.config = config;
        this.mapper = mapper;
        this.executor = executor;
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent startup) {
        Gauge.builder("change.feed.streams", streams, Set::size).description("Open event streams of GET /changes").register(metrics);
        cutOff = Counter.builder("change.feed.streams.cut.off")
                .description("Event streams of GET /changes closed because the client did not read what was sent").register(metrics);
        every(config.pollInterval().toMillis(), this::poll);
        every(config.heartbeatInterval().toMillis(), () -> streams.forEach(ChangeStream::heartbeat));
        long timeout = config.slowClientTimeout().toNanos();
        every(Math.max(10, Math.min(1000, config.slowClientTimeout().toMillis() / 4)), () -> cutOffSlow(timeout));
    }

    void stop(@Observes ShutdownEvent shutdown) {
        timers.shutdownNow();
        List.copyOf(streams).forEach(ChangeStream::close);
    }

    /**
     * Opens a stream on {@code sink} after the reader's place ({@link ChangeFeed#startAfter}), of the
     * types asked for. Bad input is a 400 problem, thrown before anything is sent.
     */
    public void open(String lastEventId, String after, String limit, List<String> typeNames, SseEventSink sink, Sse sse,
            HttpServerResponse response) {
        feed.size(limit);
        Set<String> topics = feed.topics(typeNames);
        long position = feed.startAfter(lastEventId, after);
        // Proxies such as nginx buffer answers unless told not to; an event stream must flow as written.
        response.putHeader("X-Accel-Buffering", "no");
        ChangeStream stream = new ChangeStream(feed, mapper, position, topics, sink, sse, response, executor,
                config.streamBatchSize(), streams::remove);
        streams.add(stream);
        stream.wake();
    }

    /** This instance numbered changes: every stream looks for its next ones. */
    void assigned(@Observes ChangeFeedAssigner.PositionsAssigned assigned) {
        streams.forEach(ChangeStream::wake);
    }

    /** Another instance may have numbered changes: one query for all streams, and a wake-up only if the feed grew. */
    private void poll() {
        if (streams.isEmpty()) {
            return;
        }
        long end = feed.lastPosition();
        boolean grew = feedEnd.getAndSet(end) != end;
        for (ChangeStream stream : streams) {
            // A stream whose last read failed tries again at each poll.
            if (grew || stream.wantsMore()) {
                stream.wake();
            }
        }
    }

    private void cutOffSlow(long timeoutNanos) {
        for (ChangeStream stream : streams) {
            if (stream.isClosed()) {
                stream.close();
            } else if (stream.unsentLongerThan(timeoutNanos)) {
                LOG.debugf("Cutting off a change stream whose client has not read for %s", config.slowClientTimeout());
                stream.cutOff();
                cutOff.increment();
            }
        }
    }

    private void every(long millis, Runnable task) {
        timers.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warnf("The change streams' timer failed (%s); it runs again", e.toString());
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }
}
