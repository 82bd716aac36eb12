package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Requests that set up the data a test needs, through the API like any client. */
final class Fixtures {

    private Fixtures() {
    }

    static void createCoalition(String id) {
        given().contentType(ContentType.JSON)
                .body("{\"id\": \"%s\", \"name\": \"Coalition %s\"}".formatted(id, id))
                .when().post("/coalitions")
                .then().statusCode(201);
    }

    /** For parameterized tests, whose runs share one coalition. */
    static void createCoalitionIfAbsent(String id) {
        if (given().get("/coalitions/{id}", id).statusCode() == 404) {
            createCoalition(id);
        }
    }

    static String member(String role, String status, String joinedOn, String leftOn) {
        return """
                {"role": "%s", "status": "%s", "joinedOn": %s, "leftOn": %s}"""
                .formatted(role, status, jsonDate(joinedOn), jsonDate(leftOn));
    }

    static void putMember(String coalitionId, String countryCode, String body) {
        given().contentType(ContentType.JSON).body(body)
                .when().put("/coalitions/{id}/members/{code}", coalitionId, countryCode)
                .then().statusCode(201);
    }

    private static String jsonDate(String date) {
        return date == null ? "null" : "\"" + date + "\"";
    }
}
