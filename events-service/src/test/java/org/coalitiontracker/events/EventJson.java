package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds event request bodies for tests, starting from the 4 September 2025 Paris leaders' meeting. */
final class EventJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private EventJson() {
    }

    static EventJson parisMeeting(String title) {
        return new EventJson()
                .with("title", title)
                .with("kind", "LEADERS_SUMMIT")
                .with("format", "HYBRID")
                .with("status", "HELD")
                .with("startsAt", "2025-09-04T11:00:00+02:00")
                .with("endsAt", "2025-09-04T13:30:00+02:00")
                .with("timeZone", "Europe/Paris")
                .with("location", new LinkedHashMap<>(Map.of("venue", "Élysée Palace", "city", "Paris", "countryCode", "FR")))
                .with("coalitionId", "coalition-of-the-willing")
                .with("summary", "Co-chaired by Macron and Starmer; mostly virtual, Zelensky in Paris.")
                .with("sources", List.of(Map.of("title", "Élysée announces leaders' meeting on Ukraine", "publisher", "Élysée Palace",
                        "publishedOn", "2025-09-01")));
    }

    EventJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    EventJson without(String field) {
        fields.remove(field);
        return this;
    }

    Map<String, Object> fields() {
        return new LinkedHashMap<>(fields);
    }

    String json() {
        return toJson(fields);
    }

    /** POSTs the event and returns its id. */
    String create() {
        return given().contentType(ContentType.JSON).body(json())
                .when().post("/events")
                .then().statusCode(201).extract().path("id");
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** PUTs a participant and returns the event's new ETag. */
    static String addParticipant(String eventId, String countryCode, String role, String attendance) {
        return given().contentType(ContentType.JSON).body(toJson(Map.of("role", role, "attendance", attendance)))
                .when().put("/events/" + eventId + "/participants/" + countryCode)
                .then().statusCode(201).extract().header("ETag");
    }
}
