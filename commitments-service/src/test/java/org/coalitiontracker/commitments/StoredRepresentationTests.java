package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.StoredRepresentationCheck;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * GET one answers from the commitment's stored representation with the read copies' names put in
 * (kit.stored): the same bytes as loading the commitment, for commitments with every kind of field.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class StoredRepresentationTests {

    private static final String EVENT = "5d0c9a1e-7b2f-4c3d-8e4f-6a7b8c9d0e1f";
    private static final String CLAIMS = """
            [{"field": "personnel", "value": 2000, "sources": [{"title": "Paris pledges", "publisher": "Reuters"}]},
             {"field": "personnel", "value": 2500, "sources": [{"title": "A larger force", "publisher": "FT"}], "note": "Counts \\"support\\" staff."}]""";

    @Test
    void aCommitmentWithNamesClaimsAndAStatusHistoryAnswersAsItsEntityDoes() {
        String coalition = "stored-names";
        ReadCopySeeds.activeMembers(coalition, "FR");
        ReadCopySeeds.country("FR", "France");
        ReadCopySeeds.event(EVENT, "Leaders' meeting in Paris, ünïcödé");
        String id = CommitmentJson.groundForces(coalition).without("personnel").raw("claims", CLAIMS).text("announcedAtEventId", EVENT)
                .text("description", "Troops, \"reassurance\" force;\nsecond line").create();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"status\": \"CONFIRMED\"}")
                .patch("/commitments/" + id).then().statusCode(200);
        given().get("/commitments/" + id).then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("CONFIRMED"))
                .body("countryName", equalTo("France")).body("eventTitle", equalTo("Leaders' meeting in Paris, ünïcödé"))
                .body("disputedFields", equalTo(List.of("personnel")));
        StoredRepresentationCheck.answersAsTheEntityDoes(CommitmentsServiceContract.COMMITMENTS, id, "/commitments/" + id);
    }

    @Test
    void aCommitmentWhoseNamesTheCopiesLackAnswersAsItsEntityDoes() {
        String coalition = "stored-no-names";
        // Iceland: a member, but no country of that code in the copy of countries.
        ReadCopySeeds.activeMembers(coalition, "IS");
        String id = CommitmentJson.financing(coalition).text("countryCode", "IS").create();
        given().get("/commitments/" + id).then().statusCode(200).body("$", not(hasKey("countryName"))).body("$", not(hasKey("eventTitle")));
        StoredRepresentationCheck.answersAsTheEntityDoes(CommitmentsServiceContract.COMMITMENTS, id, "/commitments/" + id);
    }
}
