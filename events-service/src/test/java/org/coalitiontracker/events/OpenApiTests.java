package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.coalitiontracker.kit.events.ChangeEventContract;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.EventContracts;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OpenApiAudit;
import org.coalitiontracker.testing.SwaggerUiPage;
import org.coalitiontracker.testing.Topics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiTests {

    @Inject
    ChangeEventContract contract;

    @Test
    void everyOperationParameterFieldAndBodyIsDocumented() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(List.of(), OpenApiAudit.gaps(document));
    }

    @Test
    void listsAreDocumentedAsPages() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/events'.get.responses.'200'.content.'application/json'.schema.'$ref'", equalTo("#/components/schemas/EventPage"))
                .body("components.schemas.EventPage.properties.keySet()", hasItems("items", "page", "size", "total"))
                .body("components.schemas.ParticipantPage.properties.items.description", notNullValue())
                .body("paths.'/events'.get.parameters.name", hasItems("from", "to", "kind", "format", "status", "country", "coalition", "q",
                        "updatedSince", "knownAt", "page", "size"))
                .body("paths.'/events/{id}/participants'.get.parameters.name", hasItems("updatedSince", "knownAt", "page", "size"))
                .body("paths.'/events/{id}/participants/{countryCode}'.get.parameters.name", hasItems("knownAt"))
                .body("paths.'/events/{id}/participants/{countryCode}'.get.responses.'404'.description", containsString("knownAt"))
                .body("paths.'/events/{id}/participants/{countryCode}'.put.responses.keySet()", hasItems("200", "201", "404", "412", "422", "503"))
                .body("paths.'/events'.post.responses.keySet()", hasItems("201", "422", "503"))
                .body("paths.'/events/{id}/commitments'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        equalTo("#/components/schemas/AnnouncedCommitmentPage"))
                .body("components.schemas.AnnouncedCommitment.properties.keySet()", hasItems("id", "countryCode", "coalitionId", "category",
                        "status", "description", "personnel", "amount", "conditions", "stationedIn", "announcedOn", "version"));
    }

    @Test
    void swaggerUiOffersAllThreeServicesAndOpensWithThisOne() {
        String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertEquals(SwaggerUiPage.SUITE_SPECS, SwaggerUiPage.specs(page));
        assertEquals(Optional.of("events-service"), SwaggerUiPage.primary(page));
    }

    /** Its own AsyncAPI document, made from its contract: the topics it publishes and those it consumes. */
    @Test
    void itServesAnAsyncApiDocumentOfWhatItPublishesAndConsumes() {
        EventContracts.assertServesItsContract(contract, List.of(Topics.EVENTS),
                List.of(Topics.COUNTRIES, Topics.MEMBERSHIPS, Topics.COMMITMENTS));
    }
}
