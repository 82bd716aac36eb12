package org.coalitiontracker.commitments;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.coalitiontracker.testing.ExportCalls.CSV;
import static org.coalitiontracker.testing.ExportCalls.NDJSON;
import static org.coalitiontracker.testing.ExportCalls.csv;
import static org.coalitiontracker.testing.ExportCalls.everyPage;
import static org.coalitiontracker.testing.ExportCalls.export;
import static org.coalitiontracker.testing.ExportCalls.ndjson;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVRecord;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.ExportCalls;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The list as CSV and NDJSON (docs/api-decisions.md "Exports"), checked against the paged JSON list. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class ExportTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/commitments";
    private static final String AWKWARD = "Troops, \"reassurance\" force;\nsecond line\r\nthird, with ünïcödé";

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/commitments")
    URI commitments;

    @Test
    void csvAndNdjsonHoldEveryRowOfEveryPageInTheListsOrderWithItsFilters() {
        String coalition = "export-filters";
        ReadCopySeeds.activeMembers(coalition, "FR", "GB", "TR", "PL", "NO");
        CommitmentJson.groundForces(coalition).text("description", AWKWARD).create();
        String gb = new CommitmentJson().text("countryCode", "GB").text("coalitionId", coalition).text("category", "AIR")
                .text("status", "CONFIRMED").text("announcedOn", "2025-09-04").create();
        new CommitmentJson().text("countryCode", "TR").text("coalitionId", coalition).text("category", "MARITIME")
                .text("status", "UNDER_CONSIDERATION").text("announcedOn", "2025-03-27").create();
        new CommitmentJson().text("countryCode", "PL").text("coalitionId", coalition).text("category", "TRAINING")
                .text("status", "PLEDGED").create();
        CommitmentJson.financing(coalition).create();
        Instant beforeChanges = Instant.now();
        given().contentType(ContentType.JSON).body("{\"status\": \"DELIVERED\"}").patch("/commitments/" + gb).then().statusCode(200);
        new CommitmentJson().text("countryCode", "FR").text("coalitionId", coalition).text("category", "AIR_DEFENCE")
                .text("status", "PLEDGED").text("announcedOn", "2025-10").create();

        List<Map<String, Object>> filters = List.of(
                Map.of("coalition", coalition),
                Map.of("coalition", coalition, "status", List.of("PLEDGED", "CONFIRMED")),
                Map.of("coalition", coalition, "asOf", "2025-09-10"),
                Map.of("coalition", coalition, "knownAt", beforeChanges.toString()),
                Map.of("coalition", coalition, "knownAt", beforeChanges.toString(), "asOf", "2025-09-10", "status", List.of("CONFIRMED")));
        for (Map<String, Object> filter : filters) {
            assertTrue(ExportCalls.assertExportsMatchPages(PATH, filter, "id").size() >= 1, "the filter " + filter + " finds something");
        }
        assertEquals(List.of(), ndjson(PATH, Map.of("coalition", "export-nothing-here")));
        assertEquals(List.of(), csv(PATH, Map.of("coalition", "export-nothing-here")));
    }

    @Test
    void csvHasAHeaderRowQuotesWhatNeedsItAndFlattensByTheDocumentedRules() throws Exception {
        String coalition = "export-csv";
        ReadCopySeeds.activeMembers(coalition, "FR", "NO");
        String france = CommitmentJson.groundForces(coalition).text("description", AWKWARD).create();
        CommitmentJson.financing(coalition).create();

        List<CSVRecord> records = csv(PATH, Map.of("coalition", coalition));
        assertEquals(List.of("id", "countryCode", "countryName", "coalitionId", "category", "status", "statusHistory", "description",
                "personnel", "amount", "currency", "conditions", "conditionNote", "stationedIn", "announcedAtEventId", "eventTitle",
                "announcedOn", "sources", "claims", "disputedFields", "version", "createdAt", "updatedAt", "updatedBy"),
                records.get(0).getParser().getHeaderNames());
        CSVRecord norway = records.get(0);
        CSVRecord french = records.get(1);
        assertEquals(france, french.get("id"));
        assertEquals(AWKWARD, french.get("description"));
        assertEquals("US_BACKSTOP|CEASEFIRE", french.get("conditions"));
        assertEquals("", french.get("amount"));
        assertEquals("", french.get("announcedAtEventId"));
        assertEquals("2025-09-04", french.get("announcedOn"));
        assertEquals("1500000.00", norway.get("amount"));
        assertEquals("EUR", norway.get("currency"));
        assertEquals("", norway.get("conditions"));

        JsonNode item = everyPage(PATH, Map.of("coalition", coalition)).get(1);
        assertEquals(item.get("sources"), JSON.readTree(french.get("sources")));
        assertEquals(item.get("statusHistory"), JSON.readTree(french.get("statusHistory")));
        assertEquals(item.get("claims"), JSON.readTree(french.get("claims")));
        assertEquals(item.get("createdAt").asText(), french.get("createdAt"));
        assertEquals(item.get("version").asText(), french.get("version"));
    }

    /**
     * Names are looked up a batch at a time, each once per export (Exports.BATCH rows to a batch):
     * a name first needed in a late batch is still there, and a row of a late batch keeps the
     * name an early batch found.
     */
    @Test
    void namesFromTheCopiesAreOnRowsOfEveryBatch() throws Exception {
        String coalition = "export-names";
        String early = "8d0c2b1e-40a1-4f1c-9f3e-000000000e01";
        String late = "8d0c2b1e-40a1-4f1c-9f3e-000000000e02";
        ReadCopySeeds.activeMembers(coalition, "FR", "GB", "NO");
        ReadCopySeeds.country("FR", "France");
        ReadCopySeeds.country("GB", "United Kingdom");
        ReadCopySeeds.country("NO", "Norway");
        ReadCopySeeds.event(early, "An early meeting");
        ReadCopySeeds.event(late, "A late meeting");
        String seed = CommitmentJson.groundForces(coalition).text("announcedOn", "2025-01-01").text("announcedAtEventId", early).create();
        copies(seed, 1100);
        new CommitmentJson().text("countryCode", "GB").text("coalitionId", coalition).text("category", "AIR").text("status", "PLEDGED")
                .text("announcedOn", "2025-06-01").create();
        new CommitmentJson().text("countryCode", "NO").text("coalitionId", coalition).text("category", "MARITIME").text("status", "PLEDGED")
                .text("announcedOn", "2025-12-01").text("announcedAtEventId", late).create();

        List<JsonNode> rows = ExportCalls.assertExportsMatchPages(PATH, Map.of("coalition", coalition), "id");
        assertEquals(1103, rows.size());
        Map<String, String> names = Map.of("FR", "France", "GB", "United Kingdom", "NO", "Norway");
        for (JsonNode row : rows) {
            assertEquals(names.get(row.get("countryCode").asText()), row.path("countryName").asText(null), row.toString());
        }
        assertEquals("An early meeting", rows.get(1100).path("eventTitle").asText(null), "the last row of the early batches");
        assertEquals("A late meeting", rows.get(1102).path("eventTitle").asText(null), "a title first needed in the last batch");
        assertEquals(List.of("France", "United Kingdom", "Norway"),
                csv(PATH, Map.of("coalition", coalition)).stream().map(row -> row.get("countryName")).distinct().toList());
    }

    /**
     * The export is opened and its first lines read; then commitments are created, deleted and
     * changed, and the rest read: the export is the list as it stood when it began. It is large
     * enough (about 20 MiB, more than the socket buffers and the batches the server holds) that
     * the server is still writing it, in its snapshot transaction, while the writes commit; the
     * test waits until that transaction sits idle, blocked on the unread response, before it
     * writes (while the server is still reading ahead the transaction is busy, not idle).
     */
    @Test
    void aWriteCommittedDuringAnExportIsWhollyOutOfIt() throws Exception {
        String coalition = "export-snapshot";
        ReadCopySeeds.activeMembers(coalition, "FR", "GB");
        String seed = CommitmentJson.groundForces(coalition).text("announcedOn", "2025-01-01").text("description", "x".repeat(3500)).create();
        copies(seed, 6000);
        String doomed = new CommitmentJson().text("countryCode", "GB").text("coalitionId", coalition).text("category", "AIR")
                .text("status", "PLEDGED").text("announcedOn", "2025-09-04").create();
        String changing = new CommitmentJson().text("countryCode", "GB").text("coalitionId", coalition).text("category", "MARITIME")
                .text("status", "PLEDGED").text("announcedOn", "2025-09-04").create();
        Map<String, Object> filter = Map.of("coalition", coalition);
        List<JsonNode> before = ndjson(PATH, filter);
        assertEquals(6003, before.size());

        HttpURLConnection connection = (HttpURLConnection) URI.create(commitments + "?coalition=" + coalition).toURL().openConnection();
        connection.setRequestProperty("Accept", NDJSON);
        List<JsonNode> during = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8), 1024)) {
            for (int i = 0; i < 5; i++) {
                during.add(ExportCalls.read(lines.readLine()));
            }
            assertTrue(awaitIdleSnapshot(), "the export's transaction is still open, waiting on the response");
            String added = new CommitmentJson().text("countryCode", "FR").text("coalitionId", coalition).text("category", "AIR")
                    .text("status", "PLEDGED").text("announcedOn", "2025-09-05").create();
            given().delete("/commitments/" + doomed).then().statusCode(204);
            given().contentType(ContentType.JSON).body("{\"status\": \"CONFIRMED\"}").patch("/commitments/" + changing).then().statusCode(200);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                during.add(ExportCalls.read(line));
            }
            assertEquals(before, during);

            List<JsonNode> after = ndjson(PATH, filter);
            assertEquals(6003, after.size());
            assertTrue(after.stream().anyMatch(item -> item.get("id").asText().equals(added)));
            assertTrue(after.stream().noneMatch(item -> item.get("id").asText().equals(doomed)));
            assertEquals("CONFIRMED", after.stream().filter(item -> item.get("id").asText().equals(changing)).findFirst().orElseThrow()
                    .get("status").asText());
        }
    }

    @Test
    void otherTypesAre406AndAnExportRefusesPagingAndBadFilters() {
        ExportCalls.assertOtherTypesRefused(PATH);
        given().accept("text/html").get("/commitments").then().statusCode(406);
        export(PATH, NDJSON, Map.of("page", "1")).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        export(PATH, CSV, Map.of("size", "10")).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        export(PATH, CSV, Map.of("category", "SUBMARINES")).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("category"));
        export(PATH, NDJSON, Map.of("asOf", "yesterday")).then().statusCode(400).contentType("application/problem+json");
        // JSON wins a wildcard, so a client that never asked for an export keeps its pages.
        given().accept("*/*").get("/commitments").then().statusCode(200).contentType(ContentType.JSON).body("page", equalTo(0));
        given().accept("text/csv;q=0.5, application/json").get("/commitments").then().statusCode(200).contentType(ContentType.JSON);
        given().accept("application/xml, text/csv;q=0.5").get("/commitments").then().statusCode(200).header("Content-Type", startsWith("text/csv"));
    }

    /** Copies of a commitment under new ids, written straight to the table: a large list without thousands of POSTs. */
    private void copies(String id, int count) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String columns;
            try (Statement statement = connection.createStatement();
                    ResultSet found = statement.executeQuery("select string_agg(column_name, ', ') from information_schema.columns "
                            + "where table_name = 'commitment' and table_schema = current_schema() and column_name <> 'id' and is_generated = 'NEVER'")) {
                found.next();
                columns = found.getString(1);
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into commitment (id, " + columns + ") select gen_random_uuid(), "
                    + columns + " from commitment, generate_series(1, ?) where id = ?")) {
                insert.setInt(1, count);
                insert.setObject(2, java.util.UUID.fromString(id));
                assertEquals(count, insert.executeUpdate());
            }
        }
    }

    /** Transactions of other sessions that hold a snapshot and are waiting (the export, blocked on its client). */
    /** Whether an idle transaction holding a snapshot appears within ten seconds. */
    private boolean awaitIdleSnapshot() throws SQLException, InterruptedException {
        for (int tries = 0; tries < 200; tries++) {
            if (openSnapshots() >= 1) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private int openSnapshots() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("select count(*) from pg_stat_activity where pid <> pg_backend_pid() "
                        + "and datname = current_database() and state = 'idle in transaction' and backend_xmin is not null")) {
            found.next();
            return found.getInt(1);
        }
    }
}
