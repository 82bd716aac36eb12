package org.coalitiontracker.suite.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coalitiontracker.suite.demo.DemoDataSet.CommitmentEntry;
import org.coalitiontracker.suite.demo.DemoDataSet.EventEntry;
import org.coalitiontracker.suite.demo.DemoReport.Kind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fills a running suite with the reference case, the 2025 Coalition of the Willing: the coalition,
 * its members with roles and stances, four events with their participants, and the commitments
 * the sources describe, each record with its sources. The data is in {@code demo/*.json} on the
 * classpath (see {@code demo/README.md} there for what it says and why).
 *
 * <p>Everything goes through the public HTTP APIs, in the order the services' rules need:
 * coalition, members, events and participants, then commitments (which must name an active member
 * and an existing event). Each record is looked up before it is written and left alone when it is
 * there, so a second load adds nothing and changes nothing, not even a version. Records are found
 * by the identity a client gives them where the API lets it choose one (the coalition's slug, a
 * member's country code, a participant's country code) and otherwise by what tells them apart in
 * the data set: an event by its title and the day it starts, a commitment by its country and
 * category within the coalition. A record deleted by hand therefore comes back on the next load.
 * {@code ./run-suite} does not load again once the whole set is in a data folder's database
 * ({@link #recorded}), so there a record deleted by hand stays deleted.
 *
 * <pre>{@code
 * DemoReport report = DemoData.load(DemoTargets.of("http://localhost:8082", "http://localhost:8081", "http://localhost:8083"));
 * }</pre>
 */
public final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoTargets targets;
    private final DemoDataSet data;
    private final DemoHttp http;
    private final DemoReport report = new DemoReport();

    private DemoData(DemoTargets targets, DemoDataSet data) {
        this.targets = targets;
        this.data = data;
        this.http = new DemoHttp(JSON, targets.bearerToken());
    }

    /**
     * Loads whatever part of the demo data set the services do not have yet.
     *
     * @return how many records of each kind were created and how many were already there
     * @throws DemoLoadException when a service refuses a record or cannot be reached; records
     *         written before stay, and the next load completes the set
     */
    public static DemoReport load(DemoTargets targets) {
        return new DemoData(targets, DemoDataSet.read(JSON)).run();
    }

    /**
     * Whether {@code record} shows that this very data set was loaded completely before, as
     * {@link #record} writes it. The look-ups of every record were an eighth of a restart,
     * because services that have only just started answer slowly, and a restart on the same data
     * need not ask again. The record is the data set's {@linkplain DemoDataSet#fingerprint
     * fingerprint}: another release's data set (a record added, a source corrected) is loaded
     * record by record again, adding what is new.
     */
    public static boolean recorded(Path record) {
        try {
            return Files.isRegularFile(record) && Files.readString(record, StandardCharsets.UTF_8).strip().equals(DemoDataSet.fingerprint());
        } catch (IOException e) {
            // Unreadable is as good as absent: the set is then looked up record by record, which is always right.
            return false;
        }
    }

    /**
     * Records that this data set is loaded completely: call it only after a {@link #load} that
     * did not fail, so that a load that stopped half-way is completed on the next start.
     *
     * @throws UncheckedIOException when the record cannot be written; the data is loaded all the
     *         same, and the next start looks it up again
     */
    public static void record(Path record) {
        try {
            Files.writeString(record, DemoDataSet.fingerprint() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + record, e);
        }
    }

    private DemoReport run() {
        loadCoalition();
        loadMembers();
        Map<String, String> eventIds = loadEvents();
        loadCommitments(eventIds);
        return report;
    }

    private void loadCoalition() {
        String id = data.coalitionId();
        if (http.find(DemoHttp.uri(targets.countries(), "/coalitions/" + id), "coalition " + id).isPresent()) {
            report.countAlreadyPresent(Kind.COALITIONS);
            return;
        }
        http.post(DemoHttp.uri(targets.countries(), "/coalitions"), data.coalition(), "coalition " + id);
        report.countCreated(Kind.COALITIONS);
    }

    private void loadMembers() {
        String members = "/coalitions/" + data.coalitionId() + "/members/";
        for (Map.Entry<String, ObjectNode> member : data.members().entrySet()) {
            URI uri = DemoHttp.uri(targets.countries(), members + member.getKey());
            String what = "member " + member.getKey();
            // A PUT alone would also be idempotent, but it would overwrite a membership someone has
            // since edited; looking first leaves their version in place.
            if (http.find(uri, what).isPresent()) {
                report.countAlreadyPresent(Kind.MEMBERS);
            } else {
                count(Kind.MEMBERS, http.put(uri, member.getValue(), what));
            }
        }
    }

    /** Returns each event's id in events-service by its key in the data set. */
    private Map<String, String> loadEvents() {
        Map<String, String> ids = new HashMap<>();
        for (EventEntry event : data.events()) {
            String what = "event " + event.key();
            // events-service chooses event ids itself (POST only), so the event is recognised by
            // its title on the day it starts.
            JsonNode stored = findEvent(event).orElse(null);
            if (stored != null) {
                report.countAlreadyPresent(Kind.EVENTS);
            } else {
                stored = http.post(DemoHttp.uri(targets.events(), "/events"), event.body(), what).body();
                report.countCreated(Kind.EVENTS);
            }
            String id = stored.path("id").asText();
            ids.put(event.key(), id);
            loadParticipants(event, id, stored.path("participants"));
        }
        return ids;
    }

    private Optional<JsonNode> findEvent(EventEntry event) {
        String day = event.startDay().toString();
        JsonNode page = http.get(DemoHttp.uri(targets.events(), "/events",
                Map.of("from", day, "to", day, "q", event.title(), "size", "200")), "event " + event.key());
        for (JsonNode candidate : page.path("items")) {
            if (candidate.path("title").asText().equals(event.title())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private void loadParticipants(EventEntry event, String eventId, JsonNode storedParticipants) {
        Set<String> present = new HashSet<>();
        storedParticipants.forEach(participant -> present.add(participant.path("countryCode").asText()));
        for (Map.Entry<String, ObjectNode> participant : event.participants().entrySet()) {
            if (present.contains(participant.getKey())) {
                report.countAlreadyPresent(Kind.PARTICIPANTS);
                continue;
            }
            URI uri = DemoHttp.uri(targets.events(), "/events/" + eventId + "/participants/" + participant.getKey());
            count(Kind.PARTICIPANTS, http.put(uri, participant.getValue(), "participant " + participant.getKey() + " of event " + event.key()));
        }
    }

    private void loadCommitments(Map<String, String> eventIds) {
        for (CommitmentEntry commitment : data.commitments()) {
            String what = "commitment " + commitment.key();
            // commitments-service chooses ids too; the data set has one commitment per country and
            // category, which is what it is recognised by.
            JsonNode found = http.get(DemoHttp.uri(targets.commitments(), "/commitments", Map.of(
                    "country", commitment.countryCode(), "coalition", data.coalitionId(), "category", commitment.category(), "size", "1")), what);
            if (found.path("total").asLong() > 0) {
                report.countAlreadyPresent(Kind.COMMITMENTS);
                continue;
            }
            ObjectNode body = commitment.body().deepCopy();
            commitment.announcedAt().ifPresent(key -> body.put("announcedAtEventId", eventIds.get(key)));
            http.post(DemoHttp.uri(targets.commitments(), "/commitments"), body, what);
            report.countCreated(Kind.COMMITMENTS);
        }
    }

    // A PUT answers 200 instead of 201 when the record appeared between the look-up and the write.
    private void count(Kind kind, DemoHttp.Written written) {
        if (written.status() == 201) {
            report.countCreated(kind);
        } else {
            report.countAlreadyPresent(kind);
        }
    }
}
