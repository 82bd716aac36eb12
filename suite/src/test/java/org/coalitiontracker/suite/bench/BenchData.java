package org.coalitiontracker.suite.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmarks' data, loaded through the public APIs as any client would (concurrent POSTs and
 * PUTs with an editor token), deterministic for a given index so that two runs load the same
 * records: a coalition with every country as a member, events, and commitments by the active
 * members spread over categories, statuses, conditions, host countries and dates.
 */
public final class BenchData {

    public static final String COALITION = "bench-coalition";
    public static final List<String> CATEGORIES = List.of("GROUND_FORCES", "AIR", "MARITIME", "AIR_DEFENCE", "TRAINING", "EQUIPMENT",
            "FINANCING", "LOGISTICS", "SUPPORT_FORCES_NEIGHBOURING", "MONITORING", "OTHER");
    private static final List<String> INITIAL_STATUSES = List.of("UNDER_CONSIDERATION", "PLEDGED", "PLEDGED", "CONFIRMED");
    /** A commitment's life in the world, along the transition rules; a timeline is its first 3 to 7 steps. */
    private static final List<String> TIMELINE = List.of("UNDER_CONSIDERATION", "PLEDGED", "WITHDRAWN", "PLEDGED", "CONFIRMED", "CONFIRMED",
            "DELIVERED");
    private static final List<String> CONDITIONS = List.of("US_BACKSTOP", "CEASEFIRE", "PEACE_AGREEMENT", "PARLIAMENTARY_APPROVAL", "UN_MANDATE");
    private static final List<String> HOSTS = List.of("UA", "PL", "RO", "EE", "LV", "LT", "FI", "SK", "HU", "BG");
    private static final List<String> KINDS = List.of("LEADERS_SUMMIT", "MINISTERIAL", "MILITARY_PLANNING", "BILATERAL", "CALL", "OTHER");
    private static final List<String> FORMATS = List.of("IN_PERSON", "VIRTUAL", "HYBRID");
    private static final List<String> EVENT_STATUSES = List.of("ANNOUNCED", "CONFIRMED", "HELD", "HELD", "POSTPONED", "CANCELLED");
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final LoadGenerator load;
    private final String countries;
    private final String events;
    private final String commitments;
    private final String token;
    private final int concurrency;

    public BenchData(LoadGenerator load, String countriesUrl, String eventsUrl, String commitmentsUrl, String editorToken, int concurrency) {
        this.load = load;
        this.countries = countriesUrl;
        this.events = eventsUrl;
        this.commitments = commitmentsUrl;
        this.token = editorToken;
        this.concurrency = concurrency;
    }

    /** The coalition, and every ISO 3166-1 country as a member of it; returns the codes of the ACTIVE members. */
    public List<String> coalitionWithAllCountries() throws Exception {
        call("POST", countries + "/coalitions", "{\"id\": \"%s\", \"name\": \"Benchmark coalition\", \"launchedOn\": \"2024-01-01\"}".formatted(COALITION),
                status -> status == 201 || status == 409);
        List<String> codes = new ArrayList<>();
        for (int page = 0;; page++) {
            JsonNode body = JSON.readTree(call("GET", countries + "/countries?size=200&page=" + page, null, status -> status == 200));
            body.get("items").forEach(item -> codes.add(item.get("code").asText()));
            if (codes.size() >= body.get("total").asInt() || body.get("items").isEmpty()) {
                break;
            }
        }
        check("memberships", load.all(countries, i -> {
            String code = codes.get((int) i);
            String role = i < 2 ? "LEAD" : i % 11 == 0 ? "OBSERVER" : i % 7 == 0 ? "PARTNER" : "MEMBER";
            LocalDate joined = FIRST_DAY.plusDays(i % 240);
            String membership = withdrawn(i)
                    ? "{\"role\": \"%s\", \"status\": \"WITHDRAWN\", \"joinedOn\": \"%s\", \"leftOn\": \"%s\"}".formatted(role, joined, joined.plusDays(90))
                    : "{\"role\": \"%s\", \"status\": \"ACTIVE\", \"joinedOn\": \"%s\"}".formatted(role, joined);
            return Call.put("/coalitions/" + COALITION + "/members/" + code, membership, token);
        }, codes.size(), concurrency), status -> status == 200 || status == 201);
        List<String> active = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!withdrawn(i)) {
                active.add(codes.get(i));
            }
        }
        return active;
    }

    /** What the HTTP benchmarks read and write against: the coalition's active members, the events and the commitments loaded. */
    public record ReadSet(List<String> members, List<String> eventIds, List<String> commitmentIds) {
    }

    /**
     * The data the GET-one, HTTP, overload and soak benchmarks load alike: the coalition with every
     * country a member (awaited in commitments-service's copy, which its commitments need),
     * coalitions {@code <coalitionPrefix>0..}, then events and commitments of the series.
     */
    public ReadSet readSet(String coalitionPrefix, int coalitionCount, int eventCount, int commitmentCount) throws Exception {
        List<String> members = coalitionWithAllCountries();
        awaitReadCopies(commitments, Map.of("memberships", members.size()), Duration.ofMinutes(5));
        coalitions(coalitionPrefix, coalitionCount);
        List<String> eventIds = events(0, eventCount, members);
        return new ReadSet(members, eventIds, commitments(0, commitmentCount, members, eventIds, false));
    }

    /** Coalitions {@code <prefix>0} to {@code <prefix><count - 1>}, each with only an id and a name. */
    public void coalitions(String prefix, int count) throws InterruptedException {
        check("coalitions", load.all(countries, i -> Call.post("/coalitions", "{\"id\": \"%s%d\", \"name\": \"Benchmark coalition %d\"}"
                .formatted(prefix, i, i), token), count, concurrency), status -> status == 201);
    }

    private static boolean withdrawn(long index) {
        return index % 10 == 9;
    }

    /** Events {@code from} (inclusive) to {@code to} (exclusive) of the deterministic series; returns their ids in order. */
    public List<String> events(int from, int to, List<String> memberCodes) throws InterruptedException {
        LoadGenerator.Outcome[] outcomes = load.all(events, i -> Call.post("/events", event(from + (int) i, memberCodes), token), to - from, concurrency);
        check("events", outcomes, status -> status == 201);
        return ids(outcomes);
    }

    /** One event of the series: a call, meeting or summit on a day between 2024 and 2026, most of them of the coalition. */
    public static String event(int index, List<String> memberCodes) {
        Random random = new Random(index * 7919L + 17);
        Instant startsAt = FIRST_DAY.plusDays(random.nextInt(3 * 365)).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)
                .plusSeconds(3600L * (8 + random.nextInt(10)));
        String location = "{\"city\": \"City %d\", \"countryCode\": \"%s\"}".formatted(random.nextInt(500), memberCodes.get(random.nextInt(memberCodes.size())));
        return """
                {"title": "Benchmark event %d", "kind": "%s", "format": "%s", "status": "%s", "startsAt": "%s", "timeZone": "Europe/Paris",
                 %s"location": %s, "summary": "Event %d of the benchmark data set."}""".formatted(index, pick(KINDS, random), pick(FORMATS, random),
                pick(EVENT_STATUSES, random), startsAt, random.nextInt(3) == 0 ? "" : "\"coalitionId\": \"" + COALITION + "\", ", location, index);
    }

    /** {@code perEvent} participants for each of {@code eventIds}, members of the coalition. */
    public void participants(List<String> eventIds, int perEvent, List<String> memberCodes) throws InterruptedException {
        if (perEvent == 0 || eventIds.isEmpty()) {
            return;
        }
        check("participants", load.all(events, i -> {
            String event = eventIds.get((int) (i / perEvent));
            String code = memberCodes.get((int) ((i * 31 + i / perEvent) % memberCodes.size()));
            return Call.put("/events/" + event + "/participants/" + code,
                    "{\"role\": \"%s\", \"attendance\": \"IN_PERSON\"}".formatted(i % perEvent == 0 ? "HOST" : "PARTICIPANT"), token);
        }, eventIds.size() * perEvent, concurrency), status -> status == 200 || status == 201);
    }

    /**
     * Commitments {@code from} to {@code to} of the deterministic series; one in five names one of
     * {@code eventIds}. With {@code timelines}, each is created with its status timeline but its
     * last two steps ({@link #timelineSteps}), which {@link #extendTimelines} adds later.
     */
    public List<String> commitments(int from, int to, List<String> activeCodes, List<String> eventIds, boolean timelines) throws InterruptedException {
        LoadGenerator.Outcome[] outcomes = load.all(commitments, i -> {
            int index = from + (int) i;
            return Call.post("/commitments", commitment(index, activeCodes, eventIds, timelines ? timelineSteps(index) - 2 : 0), token);
        }, to - from, concurrency);
        check("commitments", outcomes, status -> status == 201);
        return ids(outcomes);
    }

    /** A commitment with its status alone, as a client unaware of timelines sends it. */
    public static String commitment(int index, List<String> activeCodes, List<String> eventIds) {
        return commitment(index, activeCodes, eventIds, 0);
    }

    private static String commitment(int index, List<String> activeCodes, List<String> eventIds, int steps) {
        Random random = new Random(index * 104729L + 3);
        StringBuilder conditions = new StringBuilder();
        for (String condition : CONDITIONS) {
            if (random.nextInt(4) == 0) {
                conditions.append(conditions.length() == 0 ? "" : ", ").append('"').append(condition).append('"');
            }
        }
        String category = pick(CATEGORIES, random);
        String money = category.equals("FINANCING") || category.equals("EQUIPMENT")
                ? ", \"amount\": {\"amount\": \"%d.00\", \"currency\": \"%s\"}".formatted(1_000_000L * (1 + random.nextInt(500)), random.nextBoolean() ? "EUR" : "GBP")
                : "";
        String event = !eventIds.isEmpty() && random.nextInt(5) == 0 ? ", \"announcedAtEventId\": \"" + eventIds.get(random.nextInt(eventIds.size())) + "\"" : "";
        String country = activeCodes.get(random.nextInt(activeCodes.size()));
        String initialStatus = pick(INITIAL_STATUSES, random);
        int personnel = random.nextInt(5000);
        String host = pick(HOSTS, random);
        LocalDate announcedOn = announcedOn(index);
        String status = steps > 0 ? "\"statusHistory\": " + timeline(index, steps) : "\"status\": \"" + initialStatus + "\"";
        return """
                {"countryCode": "%s", "coalitionId": "%s", "category": "%s", %s, "description": "Benchmark commitment %d",
                 "personnel": %d, "conditions": [%s], "stationedIn": "%s", "announcedOn": "%s"%s%s}""".formatted(
                country, COALITION, category, status, index, personnel, conditions, host, announcedOn, money, event);
    }

    private static LocalDate announcedOn(int index) {
        Random random = new Random(index * 104729L + 3);
        return FIRST_DAY.plusDays(Math.floorMod(random.nextLong(), 3 * 365L));
    }

    /** The length of commitment {@code index}'s full status timeline: 3 to 7 steps, 5 on average over the series. */
    public static int timelineSteps(int index) {
        return 3 + index % 5;
    }

    /**
     * The first {@code steps} steps of commitment {@code index}'s timeline, 35 days apart from its
     * announcement, along the transition rules (a withdrawal and a re-pledge among them); one in
     * five dates its first step to the month only, as a report might.
     */
    static String timeline(int index, int steps) {
        LocalDate announced = announcedOn(index);
        StringBuilder json = new StringBuilder("[");
        for (int step = 0; step < steps; step++) {
            LocalDate on = announced.plusDays(35L * step);
            String date = step == 0 && index % 5 == 1 ? on.toString().substring(0, 7) : on.toString();
            json.append(step == 0 ? "" : ", ").append("{\"status\": \"").append(TIMELINE.get(step)).append("\", \"on\": \"").append(date).append("\"}");
        }
        return json.append(']').toString();
    }

    /**
     * Adds the next step to the timeline of each commitment created by {@link #commitments} with
     * timelines ({@code ids.get(i)} is commitment {@code from + i}): a PATCH that replaces the
     * timeline, so that each call makes one more recorded version.
     */
    public void extendTimelines(List<String> ids, int from, int stepsLeft) throws InterruptedException {
        check("timeline steps", load.all(commitments, i -> Call.patch("/commitments/" + ids.get((int) i),
                "{\"statusHistory\": " + timeline(from + (int) i, timelineSteps(from + (int) i) - stepsLeft) + "}", token),
                ids.size(), concurrency), status -> status == 200);
    }

    /** Waits until each named read copy of the service at {@code baseUrl} holds at least the given number of records and has caught up. */
    public static void awaitReadCopies(String baseUrl, Map<String, Integer> atLeast, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            last = send("GET", baseUrl + "/admin/read-copies", null, status -> status == 200);
            JsonNode copies = JSON.readTree(last);
            boolean done = true;
            for (Map.Entry<String, Integer> wanted : atLeast.entrySet()) {
                JsonNode copy = null;
                for (JsonNode c : copies) {
                    if (c.get("readCopy").asText().equals(wanted.getKey())) {
                        copy = c;
                    }
                }
                done &= copy != null && copy.get("records").asLong() >= wanted.getValue() && copy.get("lag").asLong() == 0;
            }
            if (done) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Read copies of " + baseUrl + " did not reach " + atLeast + " within " + timeout + ": " + last);
    }

    /** One plain request (java.net.http), for set-up steps; fails unless {@code expected} accepts the status. */
    public static String send(String method, String url, String json, Predicate<Integer> expected) throws IOException, InterruptedException {
        return send(method, url, json, null, expected);
    }

    public static String send(String method, String url, String json, String token, Predicate<Integer> expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (!expected.test(response.statusCode())) {
            throw new IllegalStateException(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String call(String method, String url, String json, Predicate<Integer> expected) throws IOException, InterruptedException {
        return send(method, url, json, json == null ? null : token, expected);
    }

    private static List<String> ids(LoadGenerator.Outcome[] outcomes) {
        return Arrays.stream(outcomes).map(outcome -> {
            try {
                return JSON.readTree(outcome.body()).get("id").asText();
            } catch (IOException e) {
                throw new IllegalStateException("No id in " + outcome.body(), e);
            }
        }).toList();
    }

    private static void check(String what, LoadGenerator.Outcome[] outcomes, Predicate<Integer> ok) {
        for (LoadGenerator.Outcome outcome : outcomes) {
            if (outcome == null || outcome.failure() != null || !ok.test(outcome.status())) {
                throw new IllegalStateException("Loading " + what + " failed: " + (outcome == null ? "no answer"
                        : outcome.failure() != null ? outcome.failure().toString() : outcome.status() + " " + outcome.body()));
            }
        }
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
