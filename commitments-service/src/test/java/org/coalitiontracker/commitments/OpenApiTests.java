package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
    void theStatusRulesAndBothKindsOfTimeAreDocumented() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.schemas.CommitmentPage", notNullValue())
                .body("components.schemas.CommitmentHistoryPage", notNullValue())
                .body("components.schemas.CommitmentPatch", notNullValue())
                .body("components.schemas.CommitmentBody.properties.status.description", containsString("| WITHDRAWN | UNDER_CONSIDERATION, PLEDGED"))
                .body("paths.'/commitments/{id}'.put.description", containsString("| DELIVERED | none: final |"))
                .body("paths.'/commitments/{id}'.patch.description", containsString("| CONFIRMED | DELIVERED, WITHDRAWN |"))
                .body("paths.'/commitments'.get.parameters.find { it.name == 'asOf' }.description", containsString("world time"))
                .body("paths.'/commitments'.get.parameters.find { it.name == 'asOf' }.description", containsString("last day of that period"))
                .body("paths.'/commitments'.get.parameters.find { it.name == 'knownAt' }.description", containsString("record time"))
                .body("paths.'/commitments/{id}'.get.parameters.find { it.name == 'asOf' }.description", containsString("world time"))
                .body("paths.'/commitments/{id}'.get.parameters.find { it.name == 'knownAt' }.description", containsString("record time"))
                .body("paths.'/commitments/summary'.get.parameters.find { it.name == 'knownAt' }.schema.format", equalTo("date-time"))
                .body("components.schemas.PartialDate.pattern", equalTo("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"))
                .body("paths.'/commitments/summary'.get.parameters.find { it.name == 'groupBy' }.description", containsString("stationedIn"));
    }

    @Test
    void swaggerUiOffersAllThreeServicesAndOpensWithThisOne() {
        String page = given().get("/q/swagger-ui/").then().statusCode(200).extract().asString();
        assertEquals(SwaggerUiPage.SUITE_SPECS, SwaggerUiPage.specs(page));
        assertEquals(Optional.of("commitments-service"), SwaggerUiPage.primary(page));
    }

    /** Its own AsyncAPI document, made from its contract: the topics it publishes and those it consumes. */
    @Test
    void itServesAnAsyncApiDocumentOfWhatItPublishesAndConsumes() {
        EventContracts.assertServesItsContract(contract, List.of(Topics.COMMITMENTS),
                List.of(Topics.COUNTRIES, Topics.MEMBERSHIPS, Topics.EVENTS));
    }
}
