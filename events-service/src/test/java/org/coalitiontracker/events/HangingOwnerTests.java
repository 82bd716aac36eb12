package org.coalitiontracker.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;

import org.coalitiontracker.testing.HangingOwnerProfile;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.TestTokens;
import org.coalitiontracker.testing.WaitingTransactions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Writes whose country only countries-service could confirm, while countries-service hangs: 32
 * at once, new events located in such a country and participants from one, all answered 503 with
 * {@code Retry-After}; none holds a database connection while it waits, so writes and reads the
 * copy can answer go on meanwhile on a pool of {@value HangingOwnerProfile#POOL_SIZE}.
 */
@QuarkusTest
@TestProfile(HangingOwnerProfile.class)
class HangingOwnerTests {

    /** Far beyond the guard's bound: only that the write is answered at all is asserted. */
    private static final Duration CLIENT_PATIENCE = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CLIENT_PATIENCE).build();

    IntSupplier ownerConnections;

    @TestHTTPResource("/events")
    URI events;

    @Test
    void manyWritesWaitingForTheOwnerLeaveThePoolToOthers() throws Exception {
        ReadCopySeeds.country("FR", "France");
        String event = EventJson.parisMeeting("A meeting with a hanging owner").create();
        String unconfirmed = EventJson.parisMeeting("Located where only the owner knows")
                .with("location", Map.of("city", "Berlin", "countryCode", "DE")).json();
        // While they wait for the owner (500 ms a try, two tries), none holds open the transaction
        // in which it read the copy.
        WaitingTransactions held = WaitingTransactions.afterReading("read_copy", Duration.ofMillis(400));
        long started = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            waiting.add(send(HttpRequest.newBuilder(events).POST(HttpRequest.BodyPublishers.ofString(unconfirmed))));
            String code = "Q" + (char) ('A' + i);
            waiting.add(send(HttpRequest.newBuilder(URI.create(events + "/" + event + "/participants/" + code))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"role\": \"PARTICIPANT\", \"attendance\": \"VIRTUAL\"}"))));
        }
        // Meanwhile writes the copy confirms and reads, more of them than the pool has connections.
        for (int i = 0; i < HangingOwnerProfile.POOL_SIZE + 2; i++) {
            EventJson.parisMeeting("Confirmed by the copy " + i).create();
            given().queryParam("country", "FR").get("/events").then().statusCode(200).body("total", equalTo(i + 2));
        }
        List<HttpResponse<String>> answers = waiting.stream().map(CompletableFuture::join).toList();
        held.close();
        System.out.printf("hanging owner: 32 concurrent event writes all answered after %d ms, owner connections %d, transactions held open while waiting %d%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), ownerConnections.getAsInt(), held.most());
        assertEquals(0, held.most(), "transactions left open while their write waited for the owner");
        assertEquals(List.of(503), answers.stream().map(HttpResponse::statusCode).distinct().toList(), answers.get(0).body());
        assertEquals(List.of("5"), answers.stream().map(answer -> answer.headers().firstValue("Retry-After").orElse("")).distinct().toList());
        given().queryParam("country", "DE").get("/events").then().statusCode(200).body("total", equalTo(0));
        given().get("/events/" + event + "/participants").then().statusCode(200).body("total", equalTo(0));
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder request) {
        return http.sendAsync(request.timeout(CLIENT_PATIENCE).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TestTokens.editor()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
