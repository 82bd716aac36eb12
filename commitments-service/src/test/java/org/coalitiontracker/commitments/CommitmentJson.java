package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;

/**
 * A commitment request body built field by field from raw JSON values, so that tests can send
 * exactly what they mean, including values no JSON library would write.
 */
final class CommitmentJson {

    static final String DEFAULT_SOURCE = """
            {"title": "Coalition leaders meet in Paris on security guarantees", "publisher": "Élysée Palace",
             "url": "https://www.elysee.fr/", "publishedOn": "2025-09-04"}""";

    private final Map<String, String> fields = new LinkedHashMap<>();

    /** France's conditional reassurance-force pledge, in a coalition of the caller's choosing. */
    static CommitmentJson groundForces(String coalitionId) {
        return new CommitmentJson()
                .text("countryCode", "FR")
                .text("coalitionId", coalitionId)
                .text("category", "GROUND_FORCES")
                .text("status", "PLEDGED")
                .text("description", "Troops for a reassurance force in Ukraine once a ceasefire holds")
                .raw("personnel", "2000")
                .raw("conditions", "[\"US_BACKSTOP\", \"CEASEFIRE\"]")
                .text("conditionNote", "Conditional on a US backstop")
                .text("stationedIn", "UA")
                .text("announcedOn", "2025-09-04")
                .raw("sources", "[" + DEFAULT_SOURCE + "]");
    }

    /** Norway financing Ukraine's army, in euros. */
    static CommitmentJson financing(String coalitionId) {
        return new CommitmentJson()
                .text("countryCode", "NO")
                .text("coalitionId", coalitionId)
                .text("category", "FINANCING")
                .text("status", "CONFIRMED")
                .raw("amount", "{\"amount\": \"1500000.00\", \"currency\": \"EUR\"}")
                .text("announcedOn", "2025-03-27");
    }

    CommitmentJson raw(String field, String json) {
        fields.put(field, json);
        return this;
    }

    CommitmentJson text(String field, String value) {
        return raw(field, quote(value));
    }

    CommitmentJson without(String field) {
        fields.remove(field);
        return this;
    }

    CommitmentJson copy() {
        CommitmentJson copy = new CommitmentJson();
        copy.fields.putAll(fields);
        return copy;
    }

    String json() {
        return fields.entrySet().stream().map(e -> quote(e.getKey()) + ": " + e.getValue()).collect(Collectors.joining(", ", "{", "}"));
    }

    /** Posts the body, expects 201, and returns the new commitment's id. */
    String create() {
        return given().contentType(ContentType.JSON).body(json())
                .when().post("/commitments")
                .then().statusCode(201)
                .extract().path("id");
    }

    static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
