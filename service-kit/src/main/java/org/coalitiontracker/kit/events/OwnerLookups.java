package org.coalitiontracker.kit.events;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.problem.ProblemType;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.faulttolerance.api.TypedGuard;

/**
 * Asks an owning service for one of its records, through a REST client and a guard per owner
 * URL: a timeout on each attempt, a small bounded retry (the GET is idempotent), and a circuit
 * breaker, so that an owner that hangs costs each waiting write a bounded time and, once it has
 * failed often enough, nothing at all until the breaker lets a trial through. Every way of not
 * getting an answer is the same 503 (with {@code Retry-After}), never a false 422.
 */
@ApplicationScoped
public class OwnerLookups {

    private static final TypeLiteral<Optional<JsonNode>> ANSWER = new TypeLiteral<>() {
    };

    private final OwnersConfig config;
    private final ObjectMapper mapper;
    private final Map<String, Owner> owners = new ConcurrentHashMap<>();

    public OwnerLookups(OwnersConfig config, ObjectMapper mapper) {
        this.config = config;
        this.mapper = mapper;
    }

    /** The record at {@code path} of the owner at {@code ownerUrl}; empty when the owner answers 404. */
    public Optional<JsonNode> find(Topic topic, String ownerUrl, String path) {
        Owner owner = owners.computeIfAbsent(ownerUrl, this::connect);
        try {
            return owner.guard().call(() -> ask(owner.api(), path));
        } catch (CircuitBreakerOpenException e) {
            throw unavailable(topic, "failed to answer the latest requests and is not asked again for a few seconds");
        } catch (TimeoutException e) {
            // The guard's timeout interrupts the waiting thread; the interrupt was meant for that wait only.
            Thread.interrupted();
            throw unavailable(topic, "did not answer in time");
        } catch (OwnerFailed e) {
            throw unavailable(topic, e.getMessage());
        } catch (Exception e) {
            throw unavailable(topic, "could not be reached");
        }
    }

    private Optional<JsonNode> ask(OwnerApi api, String path) throws JsonProcessingException, OwnerFailed {
        RestResponse<String> response = api.get(path.startsWith("/") ? path.substring(1) : path);
        if (response.getStatus() == 404) {
            return Optional.empty();
        }
        if (response.getStatus() == 200) {
            return Optional.of(mapper.readTree(response.getEntity()));
        }
        throw new OwnerFailed("answered " + response.getStatus());
    }

    private Owner connect(String ownerUrl) {
        Duration timeout = config.timeout();
        OwnerApi api = RestClientBuilder.newBuilder().baseUri(URI.create(ownerUrl))
                // A backstop for the guard's timeout, so that no connection outlives an attempt for long.
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                // 404 is an answer (the owner has no such record), not an error to map to an exception.
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(OwnerApi.class);
        TypedGuard<Optional<JsonNode>> guard = TypedGuard.create(ANSWER)
                .withRetry().maxRetries(config.retries())
                .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS).jitter(config.retryDelay().toMillis() / 4, ChronoUnit.MILLIS)
                .abortOn(CircuitBreakerOpenException.class).done()
                .withCircuitBreaker().name("owner " + ownerUrl)
                .requestVolumeThreshold(config.breakerRequestVolume()).failureRatio(config.breakerFailureRatio())
                .delay(config.breakerDelay().toMillis(), ChronoUnit.MILLIS).successThreshold(config.breakerSuccessThreshold()).done()
                .withTimeout().duration(timeout.toMillis(), ChronoUnit.MILLIS).done()
                .build();
        return new Owner(api, guard);
    }

    private static ProblemException unavailable(Topic topic, String what) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The " + topic.copyName()
                + " this request refers to could not be confirmed: their owner " + what + ". Retry shortly.");
    }

    private record Owner(OwnerApi api, TypedGuard<Optional<JsonNode>> guard) {
    }

    /** An owner that answered, but neither with the record nor with 404. */
    private static final class OwnerFailed extends Exception {
        OwnerFailed(String what) {
            super(what, null, false, false);
        }
    }
}
