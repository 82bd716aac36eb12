package org.coalitiontracker.suite;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coalitiontracker.suite.SuiteHttp.Answer;

/**
 * A stream of ordinary writes to the three services, by a few client threads each working on
 * records of its own (so the version every write must be published with is known from its
 * answer): memberships, events with participants, commitments, coalitions; created, changed
 * and deleted. Each write waits for a permit, so a test decides how many happen when (before,
 * during and after a fault). Remembers every write answered 2xx with the version it was
 * answered with, and every write that was not.
 */
final class Workload {

    /** The id a later step names when the creation of its record was refused. */
    static final String REFUSED = "00000000-0000-0000-0000-000000000000";

    /** Writes per cycle of {@link #cycle}. */
    static final int WRITES_PER_CYCLE = 10;

    private final SuiteHttp http;
    private final String countries;
    private final String events;
    private final String commitments;
    private final String name;
    private final boolean withCommitments;
    private final List<String> countryCodes;

    private final Semaphore permits = new Semaphore(0);
    private final AtomicInteger answered = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong longestNanos = new java.util.concurrent.atomic.AtomicLong();
    private final Map<String, Map<String, List<Long>>> published = new ConcurrentHashMap<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<Write> writes = Collections.synchronizedList(new ArrayList<>());
    private ExecutorService workers;
    private final List<Future<?>> running = new ArrayList<>();

    /**
     * @param name            unique per test: the workers' coalitions are {@code <name>-<worker>}
     * @param withCommitments false to leave commitments-service alone (e.g. while it is down)
     * @param countryCodes    real country codes, at least as many as cycles per worker
     */
    Workload(RunningSuite suite, SuiteHttp http, String name, boolean withCommitments, List<String> countryCodes) {
        this.http = http;
        this.countries = suite.url(SuiteService.COUNTRIES);
        this.events = suite.url(SuiteService.EVENTS);
        this.commitments = suite.url(SuiteService.COMMITMENTS);
        this.name = name;
        this.withCommitments = withCommitments;
        this.countryCodes = countryCodes;
    }

    /** One write as its client saw it: when it was sent ({@link System#nanoTime()}), how long its answer took, and the answer. */
    record Write(String method, String url, long sentNanos, long tookNanos, Answer answer) {

        /** Whether the write was waiting for its answer at some moment between {@code fromNanos} and {@code toNanos}. */
        boolean overlaps(long fromNanos, long toNanos) {
            return sentNanos <= toNanos && sentNanos + tookNanos >= fromNanos;
        }

        @Override
        public String toString() {
            return method + " " + url + " after " + java.time.Duration.ofNanos(tookNanos).toMillis() + " ms: " + answer;
        }
    }

    /** Starts {@code workers} threads of {@code cycles} cycles each ({@link #WRITES_PER_CYCLE} writes a cycle); they wait for permits. */
    Workload start(int workerCount, int cycles) {
        if (cycles > countryCodes.size()) {
            throw new IllegalArgumentException("one country per cycle: only " + countryCodes.size());
        }
        workers = Executors.newFixedThreadPool(workerCount);
        for (int worker = 0; worker < workerCount; worker++) {
            int w = worker;
            running.add(workers.submit(() -> {
                String coalition = name + "-" + w;
                Answer created = http.send("POST", countries + "/coalitions", SuiteHttp.JSON,
                        "{\"id\": \"%s\", \"name\": \"%s\"}".formatted(coalition, coalition), null);
                record("create coalition " + coalition, created, Convergence.COALITIONS, coalition);
                for (int i = 0; i < cycles; i++) {
                    cycle(coalition, countryCodes.get(i), i);
                }
                return null;
            }));
        }
        return this;
    }

    /** Lets {@code writes} more writes happen. */
    void allow(int writes) {
        permits.release(writes);
    }

    /** Lets every remaining write happen. */
    void allowAll() {
        permits.release(1_000_000);
    }

    /** The longest a write waited for its answer since the last call (a figure to print, never to assert on). */
    java.time.Duration takeLongest() {
        return java.time.Duration.ofNanos(longestNanos.getAndSet(0));
    }

    /** Writes answered so far (whatever the answer). */
    int answered() {
        return answered.get();
    }

    void awaitAnswered(int writes) throws InterruptedException {
        Convergence.await(java.time.Duration.ofMinutes(3), () -> answered.get() >= writes ? null : answered.get() + " of " + writes + " writes answered");
    }

    /** Waits for every worker to finish (after {@link #allowAll()}). */
    void finish() throws Exception {
        for (Future<?> worker : running) {
            worker.get(5, TimeUnit.MINUTES);
        }
        workers.shutdown();
    }

    /** topic -> key -> the versions the 2xx writes were answered with (a deletion: its tombstone's version). */
    Map<String, Map<String, List<Long>>> published() {
        Map<String, Map<String, List<Long>>> copy = new TreeMap<>();
        published.forEach((topic, keys) -> {
            Map<String, List<Long>> byKey = new TreeMap<>();
            keys.forEach((key, versions) -> {
                synchronized (versions) {
                    byKey.put(key, List.copyOf(versions));
                }
            });
            copy.put(topic, byKey);
        });
        return copy;
    }

    int publishedCount() {
        return published.values().stream().flatMap(keys -> keys.values().stream()).mapToInt(List::size).sum();
    }

    /** Every write that was not answered 2xx, with its answer. */
    List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    /** Every write sent so far, in the order they were answered. */
    List<Write> writes() {
        synchronized (writes) {
            return List.copyOf(writes);
        }
    }

    /**
     * The failures that a database out of reach does not explain: a refusal is a 503; a later
     * step on a record whose creation was refused finds no record (404); a commitment by a
     * country whose membership was refused is not by a member (422), and one announced at an
     * event whose creation was refused names no event (422). Nothing else is an acceptable answer.
     */
    List<String> failuresNotExplainedByRefusals() {
        List<String> all = failures();
        return all.stream().filter(failure -> !answeredWith(failure, "503") && !answeredWith(failure, "404")
                && !isByARefusedMember(failure, all) && !isAtARefusedEvent(failure)).toList();
    }

    /** How many failures were answered with each status. */
    Map<String, Integer> failureStatuses() {
        Map<String, Integer> counts = new TreeMap<>();
        for (String failure : failures()) {
            String answer = failure.substring(failure.indexOf(": ") + 2);
            counts.merge(answer.split(" ", 2)[0], 1, Integer::sum);
        }
        return counts;
    }

    private static boolean answeredWith(String failure, String status) {
        return failure.substring(failure.indexOf(": ") + 2).startsWith(status + " ");
    }

    private static final Pattern NOT_A_MEMBER = Pattern
            .compile("^create commitment \\S+: 422 .*\"([A-Z]{2}) is not an ACTIVE member of coalition '([^']+)'");

    /** A 422 for a commitment by a country whose membership of the coalition was itself refused. */
    private static boolean isByARefusedMember(String failure, List<String> failures) {
        Matcher notMember = NOT_A_MEMBER.matcher(failure);
        if (!notMember.find()) {
            return false;
        }
        String membership = notMember.group(2) + "/" + notMember.group(1);
        return failures.stream().anyMatch(other -> other.startsWith("add member " + membership + " ") && answeredWith(other, "503"));
    }

    /** A 422 for a commitment announced at the placeholder event the workload names when the event's creation was refused. */
    private static boolean isAtARefusedEvent(String failure) {
        return failure.startsWith("create commitment ") && answeredWith(failure, "422")
                && failure.contains("There is no event " + REFUSED + ".");
    }

    private void cycle(String coalition, String country, int i) throws InterruptedException {
        String member = countries + "/coalitions/" + coalition + "/members/" + country;
        String membershipKey = coalition + "/" + country;
        String label = name + " " + coalition + " cycle " + i;

        long membership = record("add member " + membershipKey, write("PUT", member, SuiteHttp.JSON,
                "{\"role\": \"MEMBER\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-03-02\", \"notes\": \"%s\"}".formatted(label)),
                Convergence.MEMBERSHIPS, membershipKey);

        Answer createdEvent = write("POST", events + "/events", SuiteHttp.JSON, """
                {"title": "%s", "kind": "MINISTERIAL", "status": "ANNOUNCED", "startsAt": "2025-09-04T11:00:00+02:00",
                 "timeZone": "Europe/Paris"}""".formatted(label));
        String event = createdEvent.ok() ? createdEvent.id() : REFUSED;
        long eventVersion = record("create event", createdEvent, Convergence.EVENTS, event);
        String eventUrl = events + "/events/" + event;

        eventVersion = record("add participant", write("PUT", eventUrl + "/participants/" + country, SuiteHttp.JSON,
                "{\"role\": \"PARTICIPANT\", \"attendance\": \"VIRTUAL\"}"), Convergence.EVENTS, event);

        String commitment = null;
        long commitmentVersion = -1;
        if (withCommitments) {
            // commitments-service's copies may not have the membership or the event yet: it asks their owners.
            Answer created = write("POST", commitments + "/commitments", SuiteHttp.JSON, """
                    {"countryCode": "%s", "coalitionId": "%s", "category": "TRAINING", "status": "UNDER_CONSIDERATION",
                     "description": "%s", "announcedAtEventId": "%s"}""".formatted(country, coalition, label, event));
            commitment = created.ok() ? created.id() : REFUSED;
            commitmentVersion = record("create commitment", created, Convergence.COMMITMENTS, commitment);
            commitmentVersion = record("pledge commitment", write("PATCH", commitments + "/commitments/" + commitment, SuiteHttp.MERGE_PATCH,
                    "{\"status\": \"PLEDGED\"}"), Convergence.COMMITMENTS, commitment);
        } else {
            eventVersion = record("summarise event", write("PATCH", eventUrl, SuiteHttp.MERGE_PATCH,
                    "{\"summary\": \"%s\"}".formatted(label)), Convergence.EVENTS, event);
            eventVersion = record("change participant", write("PUT", eventUrl + "/participants/" + country, SuiteHttp.JSON,
                    "{\"role\": \"OBSERVER\", \"attendance\": \"PHONE\"}"), Convergence.EVENTS, event);
        }

        eventVersion = record("rename event", write("PATCH", eventUrl, SuiteHttp.MERGE_PATCH,
                "{\"title\": \"%s, renamed\"}".formatted(label)), Convergence.EVENTS, event);
        membership = record("make lead", write("PUT", member, SuiteHttp.JSON,
                "{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-03-02\", \"notes\": \"%s, lead\"}".formatted(label)),
                Convergence.MEMBERSHIPS, membershipKey);
        record("describe coalition", write("PATCH", countries + "/coalitions/" + coalition, SuiteHttp.MERGE_PATCH,
                "{\"description\": \"%s\"}".formatted(label)), Convergence.COALITIONS, coalition);

        if (withCommitments) {
            if (i % 2 == 0) {
                recordDeletion("delete commitment", write("DELETE", commitments + "/commitments/" + commitment, null, null),
                        Convergence.COMMITMENTS, commitment, commitmentVersion);
            } else {
                record("confirm commitment", write("PATCH", commitments + "/commitments/" + commitment, SuiteHttp.MERGE_PATCH,
                        "{\"status\": \"CONFIRMED\"}"), Convergence.COMMITMENTS, commitment);
            }
        } else {
            eventVersion = record("remove participant", write("DELETE", eventUrl + "/participants/" + country, null, null),
                    Convergence.EVENTS, event);
        }

        switch (i % 3) {
            case 0 -> recordDeletion("delete event", write("DELETE", eventUrl, null, null), Convergence.EVENTS, event, eventVersion);
            case 1 -> recordDeletion("remove member", write("DELETE", member, null, null), Convergence.MEMBERSHIPS, membershipKey, membership);
            default -> record("note member", write("PUT", member, SuiteHttp.JSON,
                    "{\"role\": \"LEAD\", \"status\": \"ACTIVE\", \"joinedOn\": \"2025-03-02\", \"notes\": \"%s, noted\"}".formatted(label)),
                    Convergence.MEMBERSHIPS, membershipKey);
        }
    }

    private Answer write(String method, String url, String contentType, String body) throws InterruptedException {
        permits.acquire();
        long started = System.nanoTime();
        Answer answer = http.send(method, url, contentType, body, null);
        long took = System.nanoTime() - started;
        longestNanos.accumulateAndGet(took, Math::max);
        writes.add(new Write(method, url, started, took, answer));
        answered.incrementAndGet();
        return answer;
    }

    /** Remembers the version a 2xx write was answered with; returns it (-1 if the write failed). */
    private long record(String what, Answer answer, String topic, String key) {
        if (!answer.ok() || answer.version().isEmpty()) {
            failures.add(what + " " + key + ": " + answer);
            return -1;
        }
        long version = answer.requireVersion();
        add(topic, key, version);
        return version;
    }

    /** A deletion is published as a tombstone one version above the last. */
    private void recordDeletion(String what, Answer answer, String topic, String key, long lastVersion) {
        if (answer.status() != 204) {
            failures.add(what + " " + key + ": " + answer);
        } else if (lastVersion >= 0) {
            add(topic, key, lastVersion + 1);
        }
    }

    private void add(String topic, String key, long version) {
        List<Long> versions = published.computeIfAbsent(topic, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>()));
        versions.add(version);
    }
}
