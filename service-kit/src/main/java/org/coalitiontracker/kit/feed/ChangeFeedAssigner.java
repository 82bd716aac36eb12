package org.coalitiontracker.kit.feed;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The application's one thread that numbers committed changes for the feed ({@link FeedPositions}):
 * woken right after each commit that recorded a version (a {@link VersionRecorded} event, observed
 * only once its transaction succeeded), and at the latest every {@link ChangeFeedConfig#pollInterval()}.
 * It runs whether or not Kafka is reachable: the feed reads the database only.
 */
@ApplicationScoped
public class ChangeFeedAssigner {

    private static final Logger LOG = Logger.getLogger(ChangeFeedAssigner.class);

    private final FeedPositions positions;
    private final ChangeFeedConfig config;
    private final Event<PositionsAssigned> assignedEvents;
    private final Semaphore wakeups = new Semaphore(0);
    private final ExecutorService loop = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "change-feed-assigner");
        thread.setDaemon(true);
        return thread;
    });

    public ChangeFeedAssigner(AgroalDataSource dataSource, ChangeFeedConfig config, Event<PositionsAssigned> assignedEvents) {
        this.positions = new FeedPositions(dataSource, config.batchSize(), config.lockTimeout());
        this.config = config;
        this.assignedEvents = assignedEvents;
    }

    void start(@Observes StartupEvent startup) {
        loop.execute(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        loop.shutdownNow();
        loop.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** A version was recorded and its transaction committed: number it now. Nothing if it rolled back. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionRecorded recorded) {
        wake();
    }

    /** Runs a pass now (or right after the one under way). */
    public void wake() {
        wakeups.release();
    }

    private void run() {
        boolean failing = false;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                // Permits taken before the pass: a commit during it wakes the next one.
                wakeups.drainPermits();
                if (positions.assignAll() > 0) {
                    assignedEvents.fire(new PositionsAssigned());
                }
                failing = false;
                wakeups.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (!failing) {
                    LOG.warnf("The change feed cannot number new changes (%s); retrying", e.toString());
                }
                failing = true;
                try {
                    Thread.sleep(config.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** Fired by the record's history for each version it records, in the recording transaction. */
    public record VersionRecorded() {
    }

    /** Fired on the assigner's thread after a pass that numbered changes: the live streams look for them. */
    public record PositionsAssigned() {
    }
}
