package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.UUID;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.StoredRepresentationCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * GET one answers from the event's stored representation with each participant's {@code member}
 * flag put in (kit.stored): the same bytes as loading the event and its participants.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class StoredRepresentationTests {

    private static final String SOURCE = "{\"title\": \"Élysée announces leaders' meeting\", \"publisher\": \"Élysée Palace\"}";

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    @Test
    void anEventWithParticipantsClaimsAndMemberFlagsAnswersAsItsEntityDoes() {
        String coalition = "stored-" + UUID.randomUUID().toString().substring(0, 8);
        ReadCopySeeds.membership(coalition, "FR", "ACTIVE");
        ReadCopySeeds.membership(coalition, "GB", "SUSPENDED");
        String id = EventJson.parisMeeting("Leaders' meeting, \"Paris\"").with("coalitionId", coalition).create();
        EventJson.addParticipant(id, "DE", "PARTICIPANT", "VIRTUAL");
        EventJson.addParticipant(id, "GB", "CO_CHAIR", "VIRTUAL");
        given().contentType("application/json; charset=UTF-8").body("""
                {"role": "CO_CHAIR", "attendance": "IN_PERSON", "representedBy": "Emmanuel Macron", "notes": "Hosts; ünïcödé",
                 "claims": [{"field": "attendance", "value": "IN_PERSON", "sources": [%s]},
                            {"field": "attendance", "value": "VIRTUAL", "sources": [%s]}]}""".formatted(SOURCE, SOURCE))
                .put("/events/" + id + "/participants/FR").then().statusCode(201);

        given().get("/events/" + id).then().statusCode(200).header("ETag", "\"3\"")
                .body("participants.countryCode", equalTo(List.of("DE", "FR", "GB")))
                .body("participants.member", equalTo(List.of(false, true, false)))
                .body("participants[1].disputedFields", equalTo(List.of("attendance")));
        StoredRepresentationCheck.answersAsTheEntityDoes(EventsServiceContract.EVENTS, id, "/events/" + id);
    }

    @Test
    void anEventWithoutACoalitionHasNoMemberFlagsEitherWay() {
        String id = EventJson.parisMeeting("Bilateral talks").without("coalitionId").create();
        EventJson.addParticipant(id, "FR", "HOST", "IN_PERSON");
        given().get("/events/" + id).then().statusCode(200).body("participants[0]", not(hasKey("member")));
        StoredRepresentationCheck.answersAsTheEntityDoes(EventsServiceContract.EVENTS, id, "/events/" + id);
    }

    @Test
    void anEventWithoutParticipantsAnswersAsItsEntityDoes() {
        String id = EventJson.parisMeeting("Nobody yet").create();
        StoredRepresentationCheck.answersAsTheEntityDoes(EventsServiceContract.EVENTS, id, "/events/" + id);
    }
}
