package org.coalitiontracker.suite.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo data set as the files under {@code demo/} hold it: request bodies exactly as the APIs
 * take them, plus the little the APIs cannot express before the ids exist (which event a
 * commitment was announced at, by the event's key in {@code events.json}).
 *
 * <p>Reading checks what would otherwise only show up half-way through a load, as a 422 after
 * some records were written: references that lead nowhere, records the loader could not tell
 * apart when it looks for them on a second run, commitments by countries that are not active
 * members.
 */
final class DemoDataSet {

    static final String DIRECTORY = "/demo/";
    // What a load writes from (sources.json is only the catalogue the tests check the sources against).
    private static final List<String> FILES = List.of("coalition.json", "members.json", "events.json", "commitments.json");

    /** One event with the countries taking part, each by ISO 3166-1 alpha-2 code. */
    record EventEntry(String key, ObjectNode body, Map<String, ObjectNode> participants) {

        String title() {
            return body.path("title").asText();
        }

        /**
         * The day the event starts where it takes place, as the events list filters on it with a
         * date: {@code startsOn} (a month or a year counting from its last day), or else the local
         * date of {@code startsAt}.
         */
        LocalDate startDay() {
            String startsOn = body.path("startsOn").asText("");
            return switch (startsOn.length()) {
                case 10 -> LocalDate.parse(startsOn);
                case 7 -> YearMonth.parse(startsOn).atEndOfMonth();
                case 4 -> Year.parse(startsOn).atMonth(12).atEndOfMonth();
                default -> OffsetDateTime.parse(body.path("startsAt").asText())
                        .atZoneSameInstant(ZoneId.of(body.path("timeZone").asText())).toLocalDate();
            };
        }
    }

    /** One commitment; {@code announcedAt} is the key of its event, if it names one. */
    record CommitmentEntry(Optional<String> announcedAt, ObjectNode body) {

        String countryCode() {
            return body.path("countryCode").asText();
        }

        String category() {
            return body.path("category").asText();
        }

        /** What tells this commitment apart from the others: one per country and category in the data set. */
        String key() {
            return countryCode() + " " + category();
        }
    }

    private final ObjectNode coalition;
    private final Map<String, ObjectNode> members;
    private final List<EventEntry> events;
    private final List<CommitmentEntry> commitments;

    private DemoDataSet(ObjectNode coalition, Map<String, ObjectNode> members, List<EventEntry> events, List<CommitmentEntry> commitments) {
        this.coalition = coalition;
        this.members = members;
        this.events = events;
        this.commitments = commitments;
    }

    static DemoDataSet read(ObjectMapper json) {
        ObjectNode coalition = (ObjectNode) resource(json, "coalition.json");
        Map<String, ObjectNode> members = objects(resource(json, "members.json"));
        List<EventEntry> events = new ArrayList<>();
        for (JsonNode entry : resource(json, "events.json")) {
            events.add(new EventEntry(entry.path("key").asText(), (ObjectNode) entry.get("event"), objects(entry.path("participants"))));
        }
        List<CommitmentEntry> commitments = new ArrayList<>();
        for (JsonNode entry : resource(json, "commitments.json")) {
            Optional<String> announcedAt = Optional.ofNullable(entry.get("announcedAt")).map(JsonNode::asText);
            commitments.add(new CommitmentEntry(announcedAt, (ObjectNode) entry.get("commitment")));
        }
        DemoDataSet dataSet = new DemoDataSet(coalition, members, events, commitments);
        dataSet.check();
        return dataSet;
    }

    /**
     * A SHA-256 of the data set's files as they are on the classpath, in hex: another release's
     * data set (a record added, a source corrected) has another fingerprint.
     */
    static String fingerprint() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
        for (String name : FILES) {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes(name));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    String coalitionId() {
        return coalition.path("id").asText();
    }

    ObjectNode coalition() {
        return coalition;
    }

    Map<String, ObjectNode> members() {
        return members;
    }

    List<EventEntry> events() {
        return events;
    }

    List<CommitmentEntry> commitments() {
        return commitments;
    }

    private void check() {
        require(!coalitionId().isBlank(), "coalition.json has no id");
        Set<String> eventKeys = new HashSet<>();
        Set<String> eventIdentities = new HashSet<>();
        for (EventEntry event : events) {
            require(!event.key().isBlank() && eventKeys.add(event.key()), "events.json: missing or repeated key '" + event.key() + "'");
            require(eventIdentities.add(event.title() + " " + event.startDay()),
                    "events.json: two events titled '" + event.title() + "' start on " + event.startDay());
            requireOwnCoalition(event.body().path("coalitionId"), "events.json: event " + event.key());
        }
        Set<String> commitmentKeys = new HashSet<>();
        for (CommitmentEntry commitment : commitments) {
            String which = "commitments.json: commitment " + commitment.key();
            require(commitmentKeys.add(commitment.key()), which + " appears twice; the loader finds commitments by country and category");
            require(!commitment.body().has("announcedAtEventId"), which + " names its event by id; use announcedAt with the event's key");
            commitment.announcedAt().ifPresent(key -> require(eventKeys.contains(key), which + ": no event with key '" + key + "'"));
            requireOwnCoalition(commitment.body().path("coalitionId"), which);
            ObjectNode member = members.get(commitment.countryCode());
            require(member != null && "ACTIVE".equals(member.path("status").asText()),
                    which + ": only active members can commit, and " + commitment.countryCode() + " is not one in members.json");
        }
    }

    private void requireOwnCoalition(JsonNode coalitionId, String which) {
        require(coalitionId.isMissingNode() || coalitionId.asText().equals(coalitionId()),
                which + " belongs to coalition '" + coalitionId.asText() + "', not '" + coalitionId() + "'");
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("The demo data set is inconsistent: " + problem);
        }
    }

    private static Map<String, ObjectNode> objects(JsonNode node) {
        Map<String, ObjectNode> objects = new LinkedHashMap<>();
        node.fields().forEachRemaining(field -> objects.put(field.getKey(), (ObjectNode) field.getValue()));
        return objects;
    }

    private static JsonNode resource(ObjectMapper json, String name) {
        try {
            return json.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo data file " + DIRECTORY + name, e);
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream in = DemoDataSet.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("The demo data file " + DIRECTORY + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the demo data file " + DIRECTORY + name, e);
        }
    }
}
