package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;


import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.coalitiontracker.kit.events.Topic;
import org.coalitiontracker.testing.Topics;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.OwnerStub;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class CommitmentReferencesTests {

    private static final String KYIV_SUMMIT = "8b2d4c1e-5f6a-4b7c-8d9e-0a1b2c3d4e5f";
    private static final String OWNER_ONLY_EVENT = "9c3e5d2f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
    private static final String UNKNOWN_EVENT = "00000000-0000-4000-8000-000000000001";
    private static final String UNKNOWN_EVENT_FOR_CHANGES = "00000000-0000-4000-8000-000000000002";
    private static final String UNKNOWN_CLAIMED_EVENT = "00000000-0000-4000-8000-000000000003";

    private static ValidatableResponse post(CommitmentJson body) {
        return given().contentType(ContentType.JSON).body(body.json()).post("/commitments").then();
    }

    private static ValidatableResponse listOf(String coalition) {
        return given().queryParam("coalition", coalition).get("/commitments").then().statusCode(200);
    }

    @Test
    void aProspectiveMemberCannotCommitWhenTheOwnerAgrees() {
        String coalition = "refs-prospective";
        ReadCopySeeds.membership(coalition, "FR", "PROSPECTIVE");
        OwnerStub.membership(coalition, "FR", "PROSPECTIVE");
        post(CommitmentJson.groundForces(coalition)).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("countryCode"))
                .body("errors[0].message", containsString("not an ACTIVE member of coalition '" + coalition + "'"));
        listOf(coalition).body("total", equalTo(0));
    }

    @Test
    void aMembershipTheCopyHasNotReceivedYetIsConfirmedByTheOwner() {
        String coalition = "refs-owner-first";
        OwnerStub.membership(coalition, "FR", "ACTIVE");
        post(CommitmentJson.groundForces(coalition)).statusCode(201);
    }

    @Test
    void aCopyBehindTheOwnerIsNotAFalseRefusal() {
        String coalition = "refs-copy-behind";
        ReadCopySeeds.membership(coalition, "FR", "PROSPECTIVE");
        OwnerStub.membership(coalition, "FR", "ACTIVE");
        post(CommitmentJson.groundForces(coalition)).statusCode(201);
    }

    @Test
    void anUnreachableOwnerIsARetryNotARefusal() {
        String coalition = "refs-owner-down";
        OwnerStub.failing("/coalitions/" + coalition + "/members/FR", 500);
        post(CommitmentJson.groundForces(coalition)).statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503));
        listOf(coalition).body("total", equalTo(0));
    }

    @Test
    void theOwnerIsNotAskedWhenTheCopyConfirms() {
        String coalition = "refs-copy-confirms";
        ReadCopySeeds.activeMembers(coalition, "FR");
        OwnerStub.failing("/coalitions/" + coalition + "/members/FR", 500);
        post(CommitmentJson.groundForces(coalition)).statusCode(201);
    }

    @Test
    void theEventMustExist() {
        String coalition = "refs-events";
        ReadCopySeeds.activeMembers(coalition, "FR");
        post(CommitmentJson.groundForces(coalition).text("announcedAtEventId", UNKNOWN_EVENT)).statusCode(422)
                .body("errors[0].field", equalTo("announcedAtEventId"));
        OwnerStub.failing("/events/" + UNKNOWN_EVENT, 503);
        post(CommitmentJson.groundForces(coalition).text("announcedAtEventId", UNKNOWN_EVENT)).statusCode(503);
        listOf(coalition).body("total", equalTo(0));
    }

    @Test
    void onlyAChangedReferenceIsCheckedAgain() {
        String coalition = "refs-changes";
        ReadCopySeeds.activeMembers(coalition, "FR");
        String id = CommitmentJson.groundForces(coalition).create();
        // France has since left: its existing commitment can still be corrected, not moved to a coalition it is not in.
        ReadCopySeeds.deleted(Topics.MEMBERSHIPS, coalition + "/FR");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"personnel\": 1500}")
                .patch("/commitments/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"").body("{\"countryCode\": \"DE\"}")
                .patch("/commitments/" + id).then().statusCode(422).body("errors[0].field", equalTo("countryCode"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(CommitmentJson.groundForces(coalition).raw("personnel", "1500").text("announcedAtEventId", UNKNOWN_EVENT_FOR_CHANGES).json())
                .put("/commitments/" + id).then().statusCode(422).body("errors[0].field", equalTo("announcedAtEventId"));
        given().get("/commitments/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void aClaimedCountryOrEventObeysTheFieldsRule() {
        String coalition = "refs-claims";
        ReadCopySeeds.activeMembers(coalition, "FR", "GB");
        ReadCopySeeds.event(KYIV_SUMMIT, "Summit in Kyiv");
        String source = "{\"title\": \"Who pledged what\", \"publisher\": \"AP\"}";
        post(CommitmentJson.groundForces(coalition).raw("claims", """
                [{"field": "countryCode", "value": "FR", "sources": [%1$s]},
                 {"field": "countryCode", "value": "DE", "sources": [%1$s]}]""".formatted(source)))
                .statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("claims[1].value"))
                .body("errors[0].message", containsString("DE is not an ACTIVE member of coalition '" + coalition + "'"));
        post(CommitmentJson.groundForces(coalition).raw("claims", """
                [{"field": "announcedAtEventId", "value": "%1$s", "rank": "PREFERRED", "sources": [%3$s]},
                 {"field": "announcedAtEventId", "value": "%2$s", "sources": [%3$s]}]""".formatted(KYIV_SUMMIT, UNKNOWN_CLAIMED_EVENT, source)))
                .statusCode(422).body("errors[0].field", equalTo("claims[1].value"))
                .body("errors[0].message", containsString(UNKNOWN_CLAIMED_EVENT));
        listOf(coalition).body("total", equalTo(0));

        // A report that named the wrong country is recorded by deprecating its claim, so that one is not asked for.
        String id = post(CommitmentJson.groundForces(coalition).text("countryCode", "GB").text("announcedAtEventId", KYIV_SUMMIT).raw("claims", """
                [{"field": "countryCode", "value": "GB", "sources": [%1$s]},
                 {"field": "countryCode", "value": "DE", "rank": "DEPRECATED", "note": "Misread the speaker's flag.", "sources": [%1$s]},
                 {"field": "announcedAtEventId", "value": "%2$s", "sources": [%1$s]}]""".formatted(source, KYIV_SUMMIT)))
                .statusCode(201).body("countryCode", equalTo("GB")).extract().path("id");
        // Britain has since left: its claim, kept as it was, is not asked again; a claim the change adds is.
        ReadCopySeeds.deleted(Topics.MEMBERSHIPS, coalition + "/GB");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body("{\"personnel\": 1500}")
                .patch("/commitments/" + id).then().statusCode(200).header("ETag", "\"1\"");
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"").body("""
                {"claims": [{"field": "countryCode", "value": "GB", "sources": [%1$s]},
                            {"field": "countryCode", "value": "DE", "rank": "DEPRECATED", "note": "Misread the speaker's flag.", "sources": [%1$s]},
                            {"field": "announcedAtEventId", "value": "%2$s", "rank": "PREFERRED", "sources": [%1$s]},
                            {"field": "announcedAtEventId", "value": "%3$s", "sources": [%1$s]}]}"""
                        .formatted(source, KYIV_SUMMIT, UNKNOWN_EVENT_FOR_CHANGES))
                .patch("/commitments/" + id).then().statusCode(422).body("errors.field", equalTo(List.of("claims[3].value")));
        given().get("/commitments/" + id).then().header("ETag", "\"1\"");
    }

    @Test
    void responsesCarryTheNamesTheCopiesHave() {
        String coalition = "refs-names";
        ReadCopySeeds.activeMembers(coalition, "FR", "MT");
        ReadCopySeeds.country("FR", "France");
        ReadCopySeeds.event(KYIV_SUMMIT, "Summit in Kyiv");
        OwnerStub.event(OWNER_ONLY_EVENT, "Known only to events-service so far");

        String id = post(CommitmentJson.groundForces(coalition).text("announcedAtEventId", KYIV_SUMMIT)).statusCode(201)
                .body("countryName", equalTo("France")).body("eventTitle", equalTo("Summit in Kyiv"))
                .extract().path("id");
        given().get("/commitments/" + id).then().statusCode(200)
                .body("countryName", equalTo("France")).body("eventTitle", equalTo("Summit in Kyiv"));
        given().contentType("application/merge-patch+json").body("{\"personnel\": 2100}").patch("/commitments/" + id).then()
                .statusCode(200).body("countryName", equalTo("France")).body("eventTitle", equalTo("Summit in Kyiv"));
        // Malta is in no copy of countries and the event only at its owner: nothing to show, nothing invented.
        String other = post(CommitmentJson.groundForces(coalition).text("countryCode", "MT").text("announcedAtEventId", OWNER_ONLY_EVENT))
                .statusCode(201).body("$", not(hasKey("countryName"))).body("$", not(hasKey("eventTitle")))
                .extract().path("id");
        given().get("/commitments/" + other).then().statusCode(200)
                .body("$", not(hasKey("countryName"))).body("$", not(hasKey("eventTitle")));
        // A version read from the history carries the names the copies hold too.
        given().queryParam("knownAt", Instant.now().plus(Duration.ofMinutes(1)).toString()).get("/commitments/" + id).then()
                .statusCode(200).body("personnel", equalTo(2100))
                .body("countryName", equalTo("France")).body("eventTitle", equalTo("Summit in Kyiv"));
        given().queryParam("knownAt", Instant.now().plus(Duration.ofMinutes(1)).toString()).get("/commitments/" + other).then()
                .statusCode(200).body("$", not(hasKey("countryName"))).body("$", not(hasKey("eventTitle")));

        listOf(coalition).body("total", equalTo(2))
                .body("items.find { it.id == '" + id + "' }.countryName", equalTo("France"))
                .body("items.find { it.id == '" + id + "' }.eventTitle", equalTo("Summit in Kyiv"))
                .body("items.find { it.id == '" + other + "' }", not(hasKey("countryName")))
                .body("items.find { it.id == '" + other + "' }", not(hasKey("eventTitle")));
        given().get("/commitments/" + id + "/history").then().statusCode(200).body("items[0].snapshot", not(hasKey("countryName")));
    }
}
