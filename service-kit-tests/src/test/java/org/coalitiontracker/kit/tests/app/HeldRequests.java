package org.coalitiontracker.kit.tests.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /held}: a request that stays in flight on its worker thread until the test lets it
 * go, so that a test can fill the service's admission limit with requests of its own choosing.
 */
@Path("/held")
@ApplicationScoped
public class HeldRequests {

    private volatile CountDownLatch release = new CountDownLatch(0);
    private final AtomicInteger waiting = new AtomicInteger();

    /** From now on, requests to {@code /held} wait until {@link #releaseAll()}. */
    public void hold() {
        release = new CountDownLatch(1);
    }

    public void releaseAll() {
        release.countDown();
    }

    /** Requests now waiting in {@code /held}. */
    public int waiting() {
        return waiting.get();
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String held() throws InterruptedException {
        waiting.incrementAndGet();
        try {
            // Bounded so that a failed test does not leave worker threads waiting for ever.
            return release.await(60, TimeUnit.SECONDS) ? "released" : "not released";
        } finally {
            waiting.decrementAndGet();
        }
    }
}
