package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.coalitiontracker.kit.events.ChangeEventContract;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.EventContracts;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OpenApiAudit;
import org.coalitiontracker.testing.SwaggerUiPage;
import org.coalitiontracker.testing.TopicReader;
import org.coalitiontracker.testing.Topics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiTests {

    @Inject
    ChangeEventContract contract;

    @Test
    void everyOperationParameterFieldAndBodyIsDocumented() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(List.of(), OpenApiAudit.gaps(document));
    }

    @Test
    void swaggerUiOffersAllThreeServicesAndOpensWithThisOne() {
        String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertEquals(SwaggerUiPage.SUITE_SPECS, SwaggerUiPage.specs(page));
        assertEquals(Optional.of("countries-service"), SwaggerUiPage.primary(page));
    }

    /** The CORS allow-list is the kit's, the same in every service: the suite's own pages may call, others may not. */
    @Test
    void browsersMayCallFromTheSuitesSwaggerUiPagesOnly() {
        given().header("Origin", "http://localhost:8081").header("Access-Control-Request-Method", "PUT")
                .options("/coalitions/any").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:8081")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "PUT")
                .options("/coalitions/any").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    /** Its own AsyncAPI document, made from its contract: the topics it publishes and those it consumes. */
    @Test
    void itServesAnAsyncApiDocumentOfWhatItPublishesAndConsumes() {
        EventContracts.assertServesItsContract(contract, List.of(Topics.COUNTRIES, Topics.COALITIONS, Topics.MEMBERSHIPS),
                List.of(Topics.EVENTS, Topics.COMMITMENTS));
    }

    /** The countries a migration published (its own JSON, not the view's) are checked against the same document as the view. */
    @Test
    void theReferenceCountriesAMigrationPublishedMatchTheAsyncApiDocument() {
        // Version 0 of each, however often it was sent (delivery is at least once); every record read is checked.
        TopicReader.awaitEveryVersion(Topics.COUNTRIES.topicName(), "TR", 0);
        TopicReader.awaitEveryVersion(Topics.COUNTRIES.topicName(), "FR", 0);
    }
}
