package org.coalitiontracker.kit.events;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.problem.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Looks a record up in the read copies and, when the copy cannot confirm what a write needs,
 * asks the record's owner over HTTP. The copy may lag the owner by the time an event takes to
 * travel; asking the owner on a miss means a client that has just created a membership can at
 * once create a commitment for it, and a 422 is answered only when the owner itself says no.
 * When the owner cannot be asked, the answer is 503 (retry), never a false 422.
 */
@ApplicationScoped
public class ReadCopies {

    private final ReadCopyStore store;
    private final OwnersConfig owners;
    private final ObjectMapper mapper;
    private final HttpClient http;

    public ReadCopies(ReadCopyStore store, OwnersConfig owners, ObjectMapper mapper) {
        this.store = store;
        this.owners = owners;
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(owners.timeout()).build();
    }

    /** The copy's state of {@code key}, without asking anyone. */
    public Optional<JsonNode> find(Topic topic, String key) {
        return store.find(topic, key);
    }

    /**
     * The record as the copy has it if it satisfies {@code wanted}; otherwise as its owner has it
     * now (at {@code ownerPath}, such as {@code /coalitions/x/members/FR}) if that satisfies
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
                .timeout(owners.timeout()).header("Accept", "application/json").GET().build();
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
        return switch (topic) {
            case COUNTRIES, COALITIONS, MEMBERSHIPS -> owners.countriesUrl();
            case EVENTS -> owners.eventsUrl();
            case COMMITMENTS -> owners.commitmentsUrl();
        };
    }

    private static ProblemException ownerUnavailable(Topic topic, String what) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The " + topic.name().toLowerCase()
                + " this request refers to could not be confirmed: their owner " + what + ". Retry shortly.");
    }
}
