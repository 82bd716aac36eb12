package org.coalitiontracker.suite.bench;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The load generator of the benchmarks: Vert.x's non-blocking HTTP/1.1 client (keep-alive, no
 * pipelining) on one event-loop thread, so that it takes at most one of the machine's cores from
 * the services, with latencies recorded in HdrHistogram (microseconds, 3 significant digits).
 *
 * <ul>
 * <li>{@link #closed}: the closed model, for throughput. {@code clients} virtual clients, each with
 * its own connection, each sending its next request as soon as its previous answer arrived. A
 * latency is from sending a request to having read its whole answer.</li>
 * <li>{@link #open}: the open model, for a fixed arrival rate. Request {@code i} is due at
 * {@code start + i / rate} whatever became of the others; a latency is measured from that
 * intended start, so a stall of the service shows in the figures instead of silently slowing the
 * load (no coordinated omission).</li>
 * </ul>
 */
public final class LoadGenerator implements AutoCloseable {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(5);
    private final Vertx vertx;

    public LoadGenerator() {
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1).setInternalBlockingPoolSize(1));
    }

    /**
     * What came back for one request. {@code intendedNanos} is the scheduled start (open model) or
     * the send time (closed); {@code sentNanos} is when the request had a connection and was being
     * written, so that time spent waiting for a free connection in the generator is not counted
     * as the service's.
     */
    public record Outcome(long sequence, int status, String body, long intendedNanos, long sentNanos, long doneNanos, Throwable failure) {

        public boolean ok() {
            return failure == null && status >= 200 && status < 300;
        }
    }

    /** The figures of one load. */
    public record Result(String name, int clientsOrRate, Duration measured, long ok, long failed, double perSecond, Latency latency,
            Latency serviceTime, double generatorCpuShare, List<Double> targetCpuShares, String firstFailure) {
    }

    /**
     * The CPU used during a window by the generator's JVM and by each group of target processes
     * (a service, the PostgreSQL server, ...), as shares of one core.
     */
    private static final class CpuWindow {
        private final double generatorBefore = ProcessStats.cpuSeconds(ProcessHandle.current().pid());
        /** The processes of each target as they are at the start (a database's backends come and go); kept for the end of the window. */
        private final List<List<Long>> pids;
        private final double[][] before;

        CpuWindow(List<Supplier<List<Long>>> targets) {
            pids = targets.stream().map(Supplier::get).toList();
            before = cpu(pids);
        }

        double generatorShare(double seconds) {
            return (ProcessStats.cpuSeconds(ProcessHandle.current().pid()) - generatorBefore) / seconds;
        }

        /**
         * A process that ended during the window (a database backend whose connection was closed) is
         * left out rather than counted as having given its CPU time back: a share may be a little low,
         * never negative.
         */
        List<Double> targetShares(double seconds) {
            double[][] after = cpu(pids);
            List<Double> shares = new java.util.ArrayList<>();
            for (int group = 0; group < after.length; group++) {
                double used = 0;
                for (int process = 0; process < after[group].length; process++) {
                    if (after[group][process] >= before[group][process]) {
                        used += after[group][process] - before[group][process];
                    }
                }
                shares.add(used / seconds);
            }
            return shares;
        }

        private static double[][] cpu(List<List<Long>> pids) {
            return pids.stream().map(group -> group.stream().mapToDouble(ProcessStats::cpuSeconds).toArray()).toArray(double[][]::new);
        }
    }

    /** Latencies of the open models: from a request's due time, and from its sending. */
    private static final class DueAndSent {
        private final Recorder fromDue = new Recorder(HIGHEST_MICROS, 3);
        private final Recorder fromSent = new Recorder(HIGHEST_MICROS, 3);

        void record(Outcome outcome) {
            fromDue.recordValue(Math.min(HIGHEST_MICROS, (outcome.doneNanos() - outcome.intendedNanos()) / 1000));
            fromSent.recordValue(Math.min(HIGHEST_MICROS, (outcome.doneNanos() - outcome.sentNanos()) / 1000));
        }

        Latency fromDue() {
            return Latency.of(fromDue.getIntervalHistogram());
        }

        Latency fromSent() {
            return Latency.of(fromSent.getIntervalHistogram());
        }
    }

    /**
     * Closed model: {@code clients} loops for {@code warmUp} (not recorded), then {@code measure}.
     * Each of {@code targets}' CPU use over the measured window is reported beside the generator's own.
     */
    public Result closed(String name, String baseUrl, Call.Source calls, int clients, Duration warmUp, Duration measure, List<Supplier<List<Long>>> targets)
            throws InterruptedException {
        HttpClient client = client(baseUrl, clients);
        Recorder recorder = new Recorder(HIGHEST_MICROS, 3);
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stopping = new AtomicBoolean();
        AtomicLong sequence = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            vertx.runOnContext(v -> new Runnable() {
                @Override
                public void run() {
                    if (stopping.get()) {
                        finished.countDown();
                        return;
                    }
                    long n = sequence.getAndIncrement();
                    long sent = System.nanoTime();
                    send(client, calls.next(n), n, sent, sent, outcome -> {
                        if (measuring.get()) {
                            if (outcome.ok()) {
                                ok.incrementAndGet();
                                recorder.recordValue(Math.min(HIGHEST_MICROS, (outcome.doneNanos() - sent) / 1000));
                            } else {
                                failed.incrementAndGet();
                                firstFailure.compareAndSet(null, describe(outcome));
                            }
                        }
                        // Always continue from the event loop, never inside a completed future's caller.
                        vertx.runOnContext(next -> run());
                    });
                }
            }.run());
        }
        Thread.sleep(warmUp.toMillis());
        recorder.reset();
        ok.set(0);
        failed.set(0);
        CpuWindow cpuWindow = new CpuWindow(targets);
        long started = System.nanoTime();
        measuring.set(true);
        Thread.sleep(measure.toMillis());
        measuring.set(false);
        double seconds = (System.nanoTime() - started) / 1e9;
        double generatorShare = cpuWindow.generatorShare(seconds);
        List<Double> targetShares = cpuWindow.targetShares(seconds);
        Histogram histogram = recorder.getIntervalHistogram();
        long okCount = ok.get();
        stopping.set(true);
        finished.await(30, TimeUnit.SECONDS);
        client.close().toCompletionStage().toCompletableFuture().join();
        Latency latency = Latency.of(histogram);
        return new Result(name, clients, Duration.ofNanos((long) (seconds * 1e9)), okCount, failed.get(), okCount / seconds, latency, latency,
                generatorShare, targetShares, firstFailure.get());
    }

    /**
     * Open model: requests due at {@code rate} per second for {@code duration}; waits up to 30 s
     * for the last answers. {@code onOutcome} sees every answer (on the event loop: keep it short).
     */
    public Result open(String name, String baseUrl, Call.Source calls, int rate, Duration duration, int maxConnections,
            Consumer<Outcome> onOutcome, List<Supplier<List<Long>>> targets) throws InterruptedException {
        HttpClient client = client(baseUrl, maxConnections);
        DueAndSent latencies = new DueAndSent();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong outstanding = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        CpuWindow cpuWindow = new CpuWindow(targets);
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long issued = 0;
        for (long i = 0;; i++) {
            long intended = start + i * period;
            if (intended >= end) {
                break;
            }
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            outstanding.incrementAndGet();
            issued++;
            send(client, calls.next(i), i, intended, System.nanoTime(), outcome -> {
                outstanding.decrementAndGet();
                if (outcome.ok()) {
                    ok.incrementAndGet();
                    latencies.record(outcome);
                } else {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, describe(outcome));
                }
                onOutcome.accept(outcome);
            });
        }
        awaitAnswers(outstanding, Duration.ofSeconds(30));
        double seconds = (System.nanoTime() - start) / 1e9;
        double generatorShare = cpuWindow.generatorShare(seconds);
        List<Double> targetShares = cpuWindow.targetShares(seconds);
        client.close().toCompletionStage().toCompletableFuture().join();
        long unanswered = outstanding.get();
        return new Result(name, rate, duration, ok.get(), failed.get() + unanswered, issued / (duration.toNanos() / 1e9),
                latencies.fromDue(), latencies.fromSent(), generatorShare,
                targetShares, unanswered > 0 ? unanswered + " requests unanswered after 30 s" : firstFailure.get());
    }

    /**
     * Runs {@code count} calls with {@code concurrency} in flight and returns every outcome in
     * order of sequence: how the benchmarks load their data through the public API. A 503 (an
     * owner not reachable yet) or a failed connection is tried again up to 5 times.
     */
    public Outcome[] all(String baseUrl, Call.Source calls, int count, int concurrency) throws InterruptedException {
        HttpClient client = client(baseUrl, concurrency);
        Outcome[] outcomes = new Outcome[count];
        AtomicLong next = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(concurrency);
        for (int c = 0; c < concurrency; c++) {
            vertx.runOnContext(v -> new Runnable() {
                @Override
                public void run() {
                    long n = next.getAndIncrement();
                    if (n >= count) {
                        finished.countDown();
                        return;
                    }
                    attempt(n, calls.next(n), 0);
                }

                private void attempt(long n, Call call, int tries) {
                    long sent = System.nanoTime();
                    send(client, call, n, sent, sent, outcome -> {
                        if ((outcome.failure() != null || outcome.status() == 503) && tries < 5) {
                            vertx.setTimer(200L << tries, t -> attempt(n, call, tries + 1));
                            return;
                        }
                        outcomes[(int) n] = outcome;
                        vertx.runOnContext(again -> run());
                    });
                }
            }.run());
        }
        finished.await();
        client.close().toCompletionStage().toCompletableFuture().join();
        return outcomes;
    }

    private HttpClient client(String baseUrl, int connections) {
        URI uri = URI.create(baseUrl);
        return vertx.createHttpClient(new HttpClientOptions().setDefaultHost(uri.getHost()).setDefaultPort(uri.getPort()).setKeepAlive(true)
                .setPipelining(false).setConnectTimeout(5000).setIdleTimeout(0), new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    }

    /**
     * What an overload run ({@link #storm}) saw. {@code due}: requests the rate asked for;
     * {@code sent}: those the generator put on a connection or in its queue for one;
     * {@code behind}: those it could not send because it was more than a second behind its
     * schedule (the generator's limit, not the service's); {@code heldBack}: those due on time
     * while every connection had a request in flight and the queue for them was full (the
     * service gave no room for them: offered, and not answered).
     * {@code statuses}: answers by HTTP status; {@code failures}: requests with no answer (a
     * connection error, or none within the timeout). Latencies are of the 2xx answers.
     */
    public record Storm(long due, long sent, long behind, long heldBack, Map<Integer, Long> statuses, long failures, String firstFailure, Latency admitted,
            Latency admittedFromSent, Duration duration, long endNanos, double generatorCpuShare, List<Double> targetCpuShares) {

        public long answered() {
            return statuses.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(java.util.function.IntPredicate status) {
            return statuses.entrySet().stream().filter(e -> status.test(e.getKey())).mapToLong(Map.Entry::getValue).sum();
        }
    }

    /**
     * Overload, open model: requests due at {@code rate} per second for {@code duration} over up to
     * {@code connections} connections, each due one sent on time whatever became of the others.
     * Unlike {@link #open}, a generator that cannot keep up does not queue without bound: a request
     * more than a second late, or with {@code 4 × connections} already waiting for a connection,
     * is not sent (and counted apart, see {@link Storm}). Waits up to {@code timeout} for the last answers;
     * {@code onOutcome} sees every answer (on the event loop: keep it short).
     */
    public Storm storm(String baseUrl, Call.Source calls, int rate, Duration duration, int connections, Duration timeout,
            Consumer<Outcome> onOutcome, List<Supplier<List<Long>>> targets) throws InterruptedException {
        HttpClient client = client(baseUrl, connections);
        DueAndSent latencies = new DueAndSent();
        Map<Integer, AtomicLong> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicLong failures = new AtomicLong();
        AtomicLong outstanding = new AtomicLong();
        java.util.concurrent.atomic.AtomicReference<String> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        CpuWindow cpuWindow = new CpuWindow(targets);
        long period = 1_000_000_000L / rate;
        long late = TimeUnit.SECONDS.toNanos(1);
        long queued = 4L * connections;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long due = 0;
        long sent = 0;
        long behind = 0;
        long heldBack = 0;
        for (long i = 0;; i++) {
            long intended = start + i * period;
            if (intended >= end) {
                break;
            }
            due++;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (System.nanoTime() - intended > late) {
                behind++;
                continue;
            }
            if (outstanding.get() >= connections + queued) {
                heldBack++;
                continue;
            }
            outstanding.incrementAndGet();
            sent++;
            send(client, calls.next(i), i, intended, System.nanoTime(), timeout, outcome -> {
                outstanding.decrementAndGet();
                if (outcome.failure() != null) {
                    failures.incrementAndGet();
                    firstFailure.compareAndSet(null, describe(outcome));
                } else {
                    statuses.computeIfAbsent(outcome.status(), s -> new AtomicLong()).incrementAndGet();
                    if (outcome.ok()) {
                        latencies.record(outcome);
                    } else if (outcome.status() != 503) {
                        firstFailure.compareAndSet(null, describe(outcome));
                    }
                }
                onOutcome.accept(outcome);
            });
        }
        awaitAnswers(outstanding, timeout.plusSeconds(5));
        double seconds = (System.nanoTime() - start) / 1e9;
        double generatorShare = cpuWindow.generatorShare(seconds);
        List<Double> targetShares = cpuWindow.targetShares(seconds);
        client.close().toCompletionStage().toCompletableFuture().join();
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return new Storm(due, sent, behind, heldBack, counts, failures.get() + outstanding.get(), firstFailure.get(), latencies.fromDue(),
                latencies.fromSent(), duration, end, generatorShare, targetShares);
    }

    /** Waits until no request is {@code outstanding}, for at most {@code patience}. */
    private static void awaitAnswers(AtomicLong outstanding, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static void send(HttpClient client, Call call, long sequence, long intended, long sent, Consumer<Outcome> done) {
        send(client, call, sequence, intended, sent, Duration.ofSeconds(60), done);
    }

    private static void send(HttpClient client, Call call, long sequence, long intended, long sent, Duration timeout, Consumer<Outcome> done) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(call.method())).setURI(call.uri()).setTimeout(timeout.toMillis());
        call.headers().forEach(options::addHeader);
        long[] onTheWire = {sent};
        client.request(options)
                .compose(request -> {
                    onTheWire[0] = System.nanoTime();
                    return call.body() == null ? request.send() : request.send(Buffer.buffer(call.body()));
                })
                .compose(response -> response.body().map(body -> new Outcome(sequence, response.statusCode(), body.toString(), intended,
                        onTheWire[0], System.nanoTime(), null)))
                .recover(failure -> Future.succeededFuture(new Outcome(sequence, 0, null, intended, onTheWire[0], System.nanoTime(), failure)))
                .onSuccess(done::accept);
    }

    private static String describe(Outcome outcome) {
        if (outcome.failure() != null) {
            return outcome.failure().getClass().getSimpleName() + ": " + outcome.failure().getMessage();
        }
        String body = outcome.body() == null ? "" : outcome.body();
        return outcome.status() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
