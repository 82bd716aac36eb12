package org.coalitiontracker.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.ExportCalls;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.coalitiontracker.testing.OwnerStubResource;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The event list's exports: the kit's machinery is tested with commitments-service's list; here
 * its wiring, the participants (loaded a batch at a time) and the list at {@code knownAt}.
 */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OwnerStubResource.class, scope = TestResourceScope.GLOBAL)
class ExportTests {

    private static final String PATH = "/events";

    @BeforeAll
    static void countriesAreInTheCopy() {
        ReadCopySeeds.referenceCountries();
    }

    @Test
    void eventsExportWithTheirParticipantsAndTheListsFiltersAndOrder() {
        String coalition = "export-events";
        String paris = EventJson.parisMeeting("Paris, \"leaders\"\nmeeting").with("coalitionId", coalition).create();
        EventJson.addParticipant(paris, "FR", "CO_CHAIR", "IN_PERSON");
        EventJson.addParticipant(paris, "GB", "CO_CHAIR", "VIRTUAL");
        EventJson.parisMeeting("London call").with("coalitionId", coalition).with("kind", "CALL").with("startsAt", "2025-08-18T13:00:00+01:00")
                .with("timeZone", "Europe/London").without("endsAt").create();
        Instant beforeTheThird = Instant.now();
        EventJson.parisMeeting("Rome ministerial").with("coalitionId", coalition).with("kind", "MINISTERIAL").without("startsAt")
                .without("endsAt").with("startsOn", "2025-09").create();

        List<Map<String, Object>> filters = List.of(
                Map.of("coalition", coalition),
                Map.of("coalition", coalition, "kind", "LEADERS_SUMMIT"),
                Map.of("coalition", coalition, "from", "2025-09-01"),
                Map.of("coalition", coalition, "knownAt", beforeTheThird.toString()));
        for (Map<String, Object> filter : filters) {
            assertTrue(ExportCalls.assertExportsMatchPages(PATH, filter, "id").size() >= 1, "the filter " + filter + " finds something");
        }
        assertEquals(3, ExportCalls.ndjson(PATH, Map.of("coalition", coalition)).size());
        assertEquals(2, ExportCalls.ndjson(PATH, Map.of("coalition", coalition, "knownAt", beforeTheThird.toString())).size());

        CSVRecord row = ExportCalls.csv(PATH, Map.of("coalition", coalition, "kind", "LEADERS_SUMMIT")).get(0);
        assertEquals("Paris, \"leaders\"\nmeeting", row.get("title"));
        assertEquals("Élysée Palace", row.get("location.venue"));
        assertEquals("FR", row.get("location.countryCode"));
        assertEquals(ExportCalls.everyPage(PATH, Map.of("coalition", coalition, "kind", "LEADERS_SUMMIT")).get(0).get("participants"),
                ExportCalls.read("{\"p\":" + row.get("participants") + "}").get("p"));
        ExportCalls.assertOtherTypesRefused(PATH);
    }
}
