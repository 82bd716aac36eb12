package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coalitiontracker.kit.events.Topic;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.OwnerStub;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The rules and the data this service takes from its read copies of countries, memberships and commitments. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class ReadCopyRulesTests {

    private static final String OBSERVER = EventJson.toJson(Map.of("role", "OBSERVER"));

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    @Test
    void aCountryNeitherTheCopyNorCountriesServiceKnowsIsRefused() {
        String id = EventJson.parisMeeting("Unknown country").create();
        given().contentType(ContentType.JSON).body(OBSERVER).put("/events/" + id + "/participants/xq")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("countryCode"))
                .body("errors[0].message", equalTo("'XQ' is not an ISO 3166-1 country"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting("Unknown place").with("location", Map.of("countryCode", "XQ")).json())
                .post("/events").then().statusCode(422).body("errors[0].field", equalTo("location.countryCode"));
        // A claimed location is held to the same rule as the location.
        List<Map<String, Object>> sources = List.of(Map.of("title", "Where they met", "publisher", "AP"));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting("Unknown claimed place").without("location").with("claims", List.of(
                        Map.of("field", "location", "value", Map.of("city", "Paris", "countryCode", "FR"), "rank", "PREFERRED", "sources", sources),
                        Map.of("field", "location", "value", Map.of("city", "Paris", "countryCode", "XQ"), "sources", sources))).json())
                .post("/events").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("claims[1].value.countryCode")))
                .body("errors[0].message", equalTo("'XQ' is not an ISO 3166-1 country"));
        given().get("/events/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void aCountryTheCopyDoesNotHaveYetIsConfirmedByCountriesService() {
        OwnerStub.country("LU", "Luxembourg");
        String id = EventJson.parisMeeting("Copy lags").with("location", Map.of("city", "Luxembourg", "countryCode", "LU")).create();
        given().contentType(ContentType.JSON).body(OBSERVER).put("/events/" + id + "/participants/LU")
                .then().statusCode(201).body("countryCode", equalTo("LU"));
    }

    @Test
    void whenCountriesServiceCannotBeAskedTheAnswerIs503AndNothingIsWritten() {
        OwnerStub.failing("/countries/MT", 500);
        String id = EventJson.parisMeeting("Owner down").create();
        given().contentType(ContentType.JSON).body(OBSERVER).put("/events/" + id + "/participants/MT")
                .then().statusCode(503).contentType("application/problem+json").body("status", equalTo(503));
        given().contentType(ContentType.JSON).body(EventJson.parisMeeting("Owner down").with("location", Map.of("countryCode", "MT")).json())
                .put("/events/" + id).then().statusCode(503);
        given().get("/events/" + id).then().header("ETag", "\"0\"").body("participants", equalTo(List.of()))
                .body("location.countryCode", equalTo("FR"));
    }

    @Test
    void participantsShowWhetherTheyAreActiveMembersOfTheEventsCoalitionAsTheCopySays() {
        String coalition = "rules-members-" + UUID.randomUUID().toString().substring(0, 8);
        ReadCopySeeds.membership(coalition, "FR", "ACTIVE");
        ReadCopySeeds.membership(coalition, "GB", "SUSPENDED");
        String id = EventJson.parisMeeting("Members").with("coalitionId", coalition).create();
        for (String code : List.of("DE", "FR", "GB")) {
            EventJson.addParticipant(id, code, "PARTICIPANT", "IN_PERSON");
        }

        given().get("/events/" + id).then().statusCode(200).body("participants.member", equalTo(List.of(false, true, false)));
        given().queryParam("coalition", coalition).get("/events").then().body("items[0].participants.member", equalTo(List.of(false, true, false)));
        given().get("/events/" + id + "/participants").then().body("items.member", equalTo(List.of(false, true, false)));
        given().get("/events/" + id + "/participants/FR").then().body("member", equalTo(true));

        ReadCopySeeds.membership(coalition, "GB", "ACTIVE");
        ReadCopySeeds.deleted(Topics.MEMBERSHIPS, coalition + "/FR");
        given().get("/events/" + id).then().body("participants.member", equalTo(List.of(false, false, true)));
    }

    @Test
    void participantsOfAnEventWithoutACoalitionHaveNoMemberFlag() {
        String id = EventJson.parisMeeting("No coalition").without("coalitionId").create();
        EventJson.addParticipant(id, "FR", "HOST", "IN_PERSON");
        given().get("/events/" + id).then().body("participants[0]", not(hasKey("member")));
    }

    @Test
    void theCommitmentsAnnouncedAtAnEventComeFromTheCommitmentsTopic() {
        String id = EventJson.parisMeeting("Announcements").create();
        String other = EventJson.parisMeeting("Other announcements").create();
        String british = UUID.randomUUID().toString();
        String french = UUID.randomUUID().toString();
        ReadCopySeeds.commitment(british, "GB", "coalition-of-the-willing", id);
        ReadCopySeeds.commitment(french, "FR", "coalition-of-the-willing", id);
        ReadCopySeeds.commitment(UUID.randomUUID().toString(), "DE", "coalition-of-the-willing", other);

        given().get("/events/" + id + "/commitments").then().statusCode(200)
                .body("items.id", equalTo(List.of(french, british)))
                .body("items[0].category", equalTo("GROUND_FORCES"))
                .body("items[0].personnel", equalTo(500))
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(50));
        given().queryParam("size", 1).queryParam("page", 1).get("/events/" + id + "/commitments").then().statusCode(200)
                .body("items.id", equalTo(List.of(british))).body("total", equalTo(2));

        ReadCopySeeds.deleted(Topics.COMMITMENTS, french);
        given().get("/events/" + id + "/commitments").then().body("items.id", equalTo(List.of(british))).body("total", equalTo(1));
        given().get("/events/" + UUID.randomUUID() + "/commitments").then().statusCode(404).contentType("application/problem+json");
    }
}
