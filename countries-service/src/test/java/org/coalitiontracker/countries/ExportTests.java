package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.ExportCalls;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The country and member lists' exports: the kit's machinery is tested with commitments-service's
 * list; here its wiring, both lists' filters, and the members at {@code knownAt} and {@code asOf}.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
class ExportTests {

    @Test
    void everyCountryInCodeOrderWithTheListsFilters() {
        List<Map<String, Object>> filters = List.of(Map.of(), Map.of("bloc", "NATO"), Map.of("q", "turk"));
        for (Map<String, Object> filter : filters) {
            assertTrue(ExportCalls.assertExportsMatchPages("/countries", filter, "code").size() >= 1, "the filter " + filter + " finds something");
        }
        assertEquals(given().get("/countries").then().extract().<Integer>path("total"), ExportCalls.ndjson("/countries", Map.of()).size());
        CSVRecord turkey = ExportCalls.csv("/countries", Map.of("q", "turkiye")).get(0);
        assertEquals("TUR", turkey.get("alpha3"));
        assertEquals(List.of("NATO"), List.of(turkey.get("blocs").split("\\|")));
        assertTrue(List.of(turkey.get("aliases").split("\\|")).contains("Turkey"));
        ExportCalls.assertOtherTypesRefused("/countries");
    }

    @Test
    void aCoalitionsMembersWithTheListsFiltersNowAsOfAndAtKnownAt() {
        String coalition = "export-members";
        String path = "/coalitions/" + coalition + "/members";
        Fixtures.createCoalition(coalition);
        Fixtures.putMember(coalition, "FR", Fixtures.member("LEAD", "ACTIVE", "2025-03-02", null));
        Fixtures.putMember(coalition, "GB", Fixtures.member("LEAD", "ACTIVE", "2025-03", null));
        Instant beforeTheThird = Instant.now();
        Fixtures.putMember(coalition, "TR", Fixtures.member("PARTNER", "PROSPECTIVE", "2025-09", null));

        List<Map<String, Object>> filters = List.of(Map.of(), Map.of("role", "LEAD"), Map.of("asOf", "2025-03-15"),
                Map.of("knownAt", beforeTheThird.toString()), Map.of("bloc", "EU"));
        for (Map<String, Object> filter : filters) {
            assertTrue(ExportCalls.assertExportsMatchPages(path, filter, "countryCode").size() >= 1, "the filter " + filter + " finds something");
        }
        assertEquals(List.of("FR", "GB", "TR"), ExportCalls.csv(path, Map.of()).stream().map(row -> row.get("countryCode")).toList());
        assertEquals(List.of("FR"), ExportCalls.csv(path, Map.of("asOf", "2025-03-15")).stream().map(row -> row.get("countryCode")).toList());
        assertEquals(2, ExportCalls.ndjson(path, Map.of("knownAt", beforeTheThird.toString())).size());

        // No coalition: 404 before anything is streamed, now and at knownAt.
        ExportCalls.export("/coalitions/export-no-such-coalition/members", ExportCalls.CSV, Map.of()).then().statusCode(404)
                .contentType("application/problem+json");
        ExportCalls.export("/coalitions/" + coalition + "/members", ExportCalls.NDJSON, Map.of("knownAt", "2000-01-01T00:00:00Z")).then()
                .statusCode(404).contentType("application/problem+json");
        ExportCalls.export(path, ExportCalls.NDJSON, Map.of("page", "0")).then().statusCode(400).body("errors[0].field", equalTo("page"));
        ExportCalls.assertOtherTypesRefused(path);
    }
}
