package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coalitiontracker.commitments.domain.CommitmentVersion;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class CommitmentSummaryTests {

    private static String money(String amount, String currency) {
        return "{\"amount\": \"" + amount + "\", \"currency\": \"" + currency + "\"}";
    }

    /** Six commitments in two categories and two currencies, one of them withdrawn. */
    private static Map<String, String> recordSix(String coalition) {
        ReadCopySeeds.activeMembers(coalition, "FR", "GB", "NO", "DE", "IT");
        String fr = CommitmentJson.groundForces(coalition).raw("personnel", "2000").create();
        String gb = CommitmentJson.groundForces(coalition).text("countryCode", "GB").raw("personnel", "1000")
                .raw("amount", money("250000", "GBP")).without("stationedIn").create();
        String no = CommitmentJson.financing(coalition).create();
        String deEuro = CommitmentJson.financing(coalition).text("countryCode", "DE").raw("amount", money("500000.50", "EUR")).create();
        String dePound = CommitmentJson.financing(coalition).text("countryCode", "DE").raw("amount", money("100", "GBP")).create();
        String it = new CommitmentJson().text("countryCode", "IT").text("coalitionId", coalition).text("category", "TRAINING")
                .text("status", "WITHDRAWN").raw("personnel", "300").raw("amount", money("10", "EUR")).create();
        return Map.of("FR", fr, "GB", gb, "NO", no, "DE-EUR", deEuro, "DE-GBP", dePound, "IT", it);
    }

    private static ValidatableResponse summary(String coalition, String groupBy, Object... parameters) {
        var request = given().queryParam("coalition", coalition).queryParam("groupBy", groupBy);
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam((String) parameters[i], parameters[i + 1]);
        }
        return request.when().get("/commitments/summary").then().statusCode(200);
    }

    @Test
    void totalsPerCategoryKeepEachCurrencyApart() {
        String coalition = "summary-category";
        recordSix(coalition);
        summary(coalition, "category")
                .body("groupBy", equalTo("category"))
                .body("groups.key", equalTo(List.of("FINANCING", "GROUND_FORCES")))
                .body("groups[0].count", equalTo(3))
                .body("groups[0].personnel", equalTo(0))
                .body("groups[0].amounts", equalTo(List.of(
                        Map.of("amount", "2000000.50", "currency", "EUR"),
                        Map.of("amount", "100.00", "currency", "GBP"))))
                .body("groups[1].count", equalTo(2))
                .body("groups[1].personnel", equalTo(3000))
                .body("groups[1].amounts", equalTo(List.of(Map.of("amount", "250000.00", "currency", "GBP"))));
        summary(coalition, "CATEGORY", "includeWithdrawn", "true")
                .body("groups.key", equalTo(List.of("FINANCING", "GROUND_FORCES", "TRAINING")))
                .body("groups[2].personnel", equalTo(300))
                .body("groups[2].amounts[0].amount", equalTo("10.00"));
    }

    @Test
    void totalsPerCountryStatusAndHost() {
        String coalition = "summary-country";
        recordSix(coalition);
        summary(coalition, "country")
                .body("groups.key", equalTo(List.of("DE", "FR", "GB", "NO")))
                .body("groups[0].count", equalTo(2))
                .body("groups[0].amounts.currency", equalTo(List.of("EUR", "GBP")))
                .body("groups[0].amounts.amount", equalTo(List.of("500000.50", "100.00")))
                .body("groups[1].personnel", equalTo(2000))
                .body("groups[1].amounts", equalTo(List.of()));
        summary(coalition, "status", "status", "withdrawn")
                .body("groups.key", equalTo(List.of("WITHDRAWN"))).body("groups[0].count", equalTo(1));
        summary(coalition, "status").body("groups.key", equalTo(List.of("CONFIRMED", "PLEDGED")))
                .body("groups.count", equalTo(List.of(3, 2)));
        summary(coalition, "stationedIn")
                .body("groups.size()", equalTo(2))
                .body("groups[0].key", equalTo("UA"))
                .body("groups[0].count", equalTo(1))
                .body("groups[1]", not(hasKey("key")))
                .body("groups[1].count", equalTo(4));
    }

    @Test
    void theListsFiltersApply() {
        String coalition = "summary-filters";
        Map<String, String> ids = recordSix(coalition);
        summary(coalition, "country", "country", "de").body("groups.key", equalTo(List.of("DE")));
        summary(coalition, "country", "condition", "US_BACKSTOP").body("groups.key", equalTo(List.of("FR", "GB")));
        summary(coalition, "country", "category", "FINANCING", "status", "CONFIRMED").body("groups.count", equalTo(List.of(2, 1)));
        summary(coalition, "country", "stationedIn", "UA").body("groups.key", equalTo(List.of("FR")));
        summary(coalition, "country", "updatedSince", "2999-01-01").body("groups", equalTo(List.of()));
        summary("summary-filters-none", "country").body("groupBy", equalTo("country")).body("groups", equalTo(List.of()));

        for (String id : ids.values()) {
            QuarkusTransaction.requiringNew().run(() -> CommitmentVersion.update("changedAt = ?1 where commitmentId = ?2",
                    Instant.parse("2025-09-04T12:00:00Z"), UUID.fromString(id)));
        }
        given().contentType("application/merge-patch+json").body("{\"personnel\": 4000}").patch("/commitments/" + ids.get("FR"))
                .then().statusCode(200);
        summary(coalition, "category", "knownAt", "2025-09-03").body("groups", equalTo(List.of()));
        summary(coalition, "category", "knownAt", "2025-09-04").body("groups[1].key", equalTo("GROUND_FORCES"))
                .body("groups[1].personnel", equalTo(3000));
        summary(coalition, "category").body("groups[1].personnel", equalTo(5000));
    }

    @Test
    void groupByIsRequiredAndChecked() {
        for (String bad : new String[] { null, "", "continent", "countryCode" }) {
            var request = given();
            if (bad != null) {
                request.queryParam("groupBy", bad);
            }
            request.when().get("/commitments/summary").then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:coalition-tracker:problem:invalid-parameter"))
                    .body("errors[0].field", equalTo("groupBy"));
        }
        given().queryParam("groupBy", "country").queryParam("status", "SOMETIMES").get("/commitments/summary")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("groupBy", "country").queryParam("asOf", "2025-02-30").get("/commitments/summary")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        given().queryParam("groupBy", "country").queryParam("knownAt", "2025-02-30T10:00:00Z").get("/commitments/summary")
                .then().statusCode(400).body("errors[0].field", equalTo("knownAt"));
    }
}
