package org.coalitiontracker.commitments;

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
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;
import java.util.stream.IntStream;

import org.coalitiontracker.testing.HangingOwnerProfile;
import org.coalitiontracker.testing.ReadCopySeeds;
import org.coalitiontracker.testing.TestTokens;
import org.coalitiontracker.testing.WaitingTransactions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Writes that need an owner which hangs: each is answered 503 with {@code Retry-After} within the
 * guard's bound, none holds a database connection while it waits, and once the owner's breaker is
 * open they fail without connecting at all. In order, since the breaker is shared: it opens
 * during the second test and stays open for the third.
 */
@QuarkusTest
@TestProfile(HangingOwnerProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HangingOwnerTests {

    /** Far beyond the guard's bound: only that the write is answered at all is asserted. */
    private static final Duration CLIENT_PATIENCE = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CLIENT_PATIENCE).build();

    IntSupplier ownerConnections;

    @TestHTTPResource("/commitments")
    URI commitments;

    @Test
    @Order(1)
    void aWriteThatNeedsAHangingOwnerIsARetry() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = post(CommitmentJson.groundForces("hanging-one"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("hanging owner: one write answered %d after %d ms (owner connections so far %d)%n",
                response.statusCode(), took.toMillis(), ownerConnections.getAsInt());
        assertEquals(503, response.statusCode(), response.body());
        assertEquals("5", response.headers().firstValue("Retry-After").orElse(""));
        given().queryParam("coalition", "hanging-one").get("/commitments").then().statusCode(200).body("total", equalTo(0));
    }

    /**
     * 32 writes wait for the owner at once, half of them new commitments and half changes that
     * move a commitment to a country the copy cannot confirm: both kinds ask before their
     * transaction, so the pool stays free for the others.
     */
    @Test
    @Order(2)
    void manyWritesWaitingForTheOwnerLeaveThePoolToOthers() throws Exception {
        ReadCopySeeds.activeMembers("hanging-others", "FR");
        ReadCopySeeds.activeMembers("hanging-changes", "FR");
        List<String> changing = IntStream.range(0, 16).mapToObj(i -> CommitmentJson.groundForces("hanging-changes").create()).toList();
        // While they wait for the owner (500 ms a try, two tries), none holds open the transaction
        // in which it read the copy.
        WaitingTransactions held = WaitingTransactions.afterReading("read_copy", Duration.ofMillis(400));
        long started = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        // The changes first: they reach the owner before any of this test's writes has failed
        // and could open the breaker, so each of them waits as long as the guard lets it.
        changing.forEach(id -> waiting.add(patchAsync(id, "{\"countryCode\": \"DE\"}")));
        Thread.sleep(300);
        IntStream.range(0, 16).forEach(i -> waiting.add(postAsync(CommitmentJson.groundForces("hanging-many-" + i))));
        // Meanwhile a write the copy confirms and a read, more of them than the pool has connections.
        for (int i = 0; i < HangingOwnerProfile.POOL_SIZE + 2; i++) {
            given().contentType(ContentType.JSON).body(CommitmentJson.groundForces("hanging-others").json()).post("/commitments")
                    .then().statusCode(201);
            given().queryParam("coalition", "hanging-others").get("/commitments").then().statusCode(200).body("total", equalTo(i + 1));
        }
        List<Integer> statuses = waiting.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
        held.close();
        System.out.printf("hanging owner: 32 concurrent writes all answered after %d ms, owner connections %d, transactions held open while waiting %d%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), ownerConnections.getAsInt(), held.most());
        assertEquals(0, held.most(), "transactions left open while their write waited for the owner");
        assertEquals(List.of(503), statuses.stream().distinct().toList());
        for (String id : changing) {
            given().get("/commitments/" + id).then().statusCode(200).body("countryCode", equalTo("FR")).body("version", equalTo(0));
        }
    }

    @Test
    @Order(3)
    void anOpenBreakerFailsWithoutAskingTheOwner() throws Exception {
        int before = ownerConnections.getAsInt();
        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = post(CommitmentJson.groundForces("hanging-open-" + i));
            assertEquals(503, response.statusCode(), response.body());
            assertEquals("5", response.headers().firstValue("Retry-After").orElse(""));
        }
        System.out.printf("hanging owner: 5 writes with the breaker open answered in %d ms in all, owner connections %d -> %d%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), before, ownerConnections.getAsInt());
        assertEquals(before, ownerConnections.getAsInt());
    }

    private HttpResponse<String> post(CommitmentJson body) throws Exception {
        return postAsync(body).join();
    }

    private CompletableFuture<HttpResponse<String>> patchAsync(String id, String patch) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(commitments + "/" + id)).timeout(CLIENT_PATIENCE)
                .header("Content-Type", "application/merge-patch+json").header("Authorization", "Bearer " + TestTokens.editor())
                .method("PATCH", HttpRequest.BodyPublishers.ofString(patch)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> postAsync(CommitmentJson body) {
        HttpRequest request = HttpRequest.newBuilder(commitments).timeout(CLIENT_PATIENCE)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestTokens.editor())
                .POST(HttpRequest.BodyPublishers.ofString(body.json())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
