package org.coalitiontracker.kit.tests;

import java.time.Duration;

/** Retries an assertion until it holds, with a deadline; never a fixed sleep in its place. */
final class Await {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private Await() {
    }

    static void until(Runnable assertion) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                pause();
            }
        }
    }

    static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
