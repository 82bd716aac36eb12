package org.coalitiontracker.kit.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.kit.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.coalitiontracker.kit.problem.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Looks a record up in the read copies and, when the copy cannot confirm what a write needs,
 * asks the record's owner over HTTP. The copy may lag the owner by the time an event takes to
 * travel; asking the owner on a miss means a client that has just created a record in one
 * service can at once refer to it in another, and a 422 is answered only when the owner itself
 * says no. Where each owner answers is the service's {@link ChangeEventContract.ConsumedTopic#ownerUrl()}.
 * When the owner cannot be asked, the answer is 503 (retry), never a false 422.
 */
@ApplicationScoped
public class ReadCopies {

    private final ReadCopyStore store;
    private final ChangeEventContract contract;
    private final ObjectMapper mapper;
    private final Duration timeout;
    private final HttpClient http;

    public ReadCopies(ReadCopyStore store, ChangeEventContract contract, ObjectMapper mapper,
            @ConfigProperty(name = "coalition.owners.timeout", defaultValue = "2s") Duration timeout) {
        this.store = store;
        this.contract = contract;
        this.mapper = mapper;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** The copy's state of {@code key}, without asking anyone. */
    public Optional<JsonNode> find(Topic topic, String key) {
        return store.find(topic, key);
    }

    /**
     * The record as the copy has it if it satisfies {@code wanted}; otherwise as its owner has it
     * now (at {@code ownerPath}, the record's path in its owner's API) if that satisfies
     * {@code wanted}; empty if neither does.
     */
    public Optional<JsonNode> confirm(Topic topic, String key, String ownerPath, Predicate<JsonNode> wanted) {
        Optional<JsonNode> copy = store.find(topic, key);
        if (copy.isPresent() && wanted.test(copy.get())) {
            return copy;
        }
        return askOwner(topic, ownerPath).filter(wanted);
    }

    private Optional<JsonNode> askOwner(Topic topic, String path) {
        String base = ownerUrl(topic);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(timeout).header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() == 200) {
                return Optional.of(mapper.readTree(response.body()));
            }
            throw ownerUnavailable(topic, "answered " + response.statusCode());
        } catch (IOException e) {
            throw ownerUnavailable(topic, "could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ownerUnavailable(topic, "was not asked (interrupted)");
        }
    }

    private String ownerUrl(Topic topic) {
        return contract.consumed(topic).map(ChangeEventContract.ConsumedTopic::ownerUrl)
                .orElseThrow(() -> new IllegalArgumentException("This service does not consume " + topic));
    }

    private static ProblemException ownerUnavailable(Topic topic, String what) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The " + topic.copyName()
                + " this request refers to could not be confirmed: their owner " + what + ". Retry shortly.");
    }
}
