package org.coalitiontracker.kit.feed;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerResponse;

/**
 * One client's live follow of the change feed over server-sent events. It holds no changes of its
 * own: each pass reads the next batch after its last position from the database, so that it sees
 * exactly what a follower paging on {@code GET /changes} sees, whichever instance numbered it. A
 * batch is read only once the previous one has been written to the socket; a batch the client does
 * not take within the slow-client timeout gets the connection closed ({@link ChangeStreams}).
 *
 * <p>At most one pass runs at a time ({@code running}); all writes happen in passes, so that events
 * and heartbeats never interleave and leave in position order.
 */
final class ChangeStream {

    private static final Logger LOG = Logger.getLogger(ChangeStream.class);
    static final String EVENT_NAME = "change";
    private static final CompletableFuture<Void> NOTHING_UNSENT = CompletableFuture.completedFuture(null);

    private final ChangeFeed feed;
    private final ObjectMapper mapper;
    private final Set<String> topics;
    private final SseEventSink sink;
    private final Sse sse;
    private final HttpServerResponse response;
    private final Executor executor;
    private final int batchSize;
    private final Consumer<ChangeStream> onClose;

    /** The position of the last change sent; read and written by passes only. */
    private long position;
    private final AtomicBoolean running = new AtomicBoolean();
    /** Changes may be waiting after {@link #position}: read them in the next pass. */
    private final AtomicBoolean wanted = new AtomicBoolean(true);
    private final AtomicBoolean awaitingDrain = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean heartbeatDue;
    /** The last write handed to the connection; done once its bytes were written to the socket. */
    private volatile CompletableFuture<?> lastWrite = NOTHING_UNSENT;
    private volatile long lastWriteNanos = System.nanoTime();

    ChangeStream(ChangeFeed feed, ObjectMapper mapper, long position, Set<String> topics, SseEventSink sink, Sse sse,
            HttpServerResponse response, Executor executor, int batchSize, Consumer<ChangeStream> onClose) {
        this.feed = feed;
        this.mapper = mapper;
        this.position = position;
        this.topics = topics;
        this.sink = sink;
        this.sse = sse;
        this.response = response;
        this.executor = executor;
        this.batchSize = batchSize;
        this.onClose = onClose;
    }

    /** New changes may have been numbered: look for them. */
    void wake() {
        wanted.set(true);
        schedule();
    }

    void heartbeat() {
        heartbeatDue = true;
        schedule();
    }

    boolean wantsMore() {
        return wanted.get();
    }

    boolean isClosed() {
        return closed.get() || sink.isClosed();
    }

    /** Whether what was last written has waited longer than {@code nanos} to leave for the client. */
    boolean unsentLongerThan(long nanos) {
        return !lastWrite.isDone() && System.nanoTime() - lastWriteNanos > nanos;
    }

    /** Ends the stream normally (the server stops, or the client went away). */
    void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                sink.close();
            } catch (RuntimeException e) {
                LOG.debugf("Closing a change stream: %s", e);
            }
            onClose.accept(this);
        }
    }

    /**
     * Drops the connection of a client that does not read: what is queued for it is discarded
     * rather than kept, and it resumes with {@code Last-Event-ID} when it reconnects.
     */
    void cutOff() {
        if (closed.compareAndSet(false, true)) {
            response.close();
            onClose.accept(this);
        }
    }

    private void schedule() {
        if (closed.get() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::pass);
        } catch (RejectedExecutionException e) {
            running.set(false);
            close();
        }
    }

    private void pass() {
        try {
            send();
        } catch (IllegalStateException e) {
            // The sink refuses writes once the client has gone; the feed's own failures land here too.
            if (isClosed()) {
                close();
            } else {
                LOG.warnf("A change stream cannot read the change feed (%s); it tries again at the next poll", e.getMessage());
                wanted.set(true);
            }
            return;
        } catch (RuntimeException e) {
            LOG.warnf(e, "A change stream failed; closing it");
            close();
            return;
        } finally {
            running.set(false);
        }
        // A wake-up that came while this pass was ending found it still running: take it now.
        if ((wanted.get() || heartbeatDue) && lastWrite.isDone()) {
            schedule();
        }
    }

    private void send() {
        while (!isClosed()) {
            if (!lastWrite.isDone()) {
                awaitDrain();
                return;
            }
            if (wanted.getAndSet(false)) {
                List<ChangeFeed.Entry> entries = feed.after(position, topics, batchSize);
                for (ChangeFeed.Entry entry : entries) {
                    write(sse.newEventBuilder().id(entry.change().cursor()).name(EVENT_NAME).data(json(entry.change())).build());
                    position = entry.position();
                }
                if (entries.size() == batchSize) {
                    wanted.set(true);
                }
                if (!entries.isEmpty()) {
                    heartbeatDue = false;
                    continue;
                }
            }
            if (heartbeatDue) {
                heartbeatDue = false;
                write(sse.newEventBuilder().comment("heartbeat").build());
            }
            return;
        }
        close();
    }

    private void write(OutboundSseEvent event) {
        lastWriteNanos = System.nanoTime();
        lastWrite = sink.send(event).toCompletableFuture();
    }

    /** Goes on once the client has taken what was sent; until then nothing more is read for it. */
    private void awaitDrain() {
        if (awaitingDrain.compareAndSet(false, true)) {
            lastWrite.whenComplete((ignored, failure) -> {
                awaitingDrain.set(false);
                if (failure != null) {
                    close();
                } else {
                    schedule();
                }
            });
        }
    }

    private String json(Change change) {
        try {
            return mapper.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a change as JSON", e);
        }
    }
}
