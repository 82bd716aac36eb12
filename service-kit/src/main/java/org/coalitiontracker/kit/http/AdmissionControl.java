package org.coalitiontracker.kit.http;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.coalitiontracker.kit.problem.Problem;
import org.coalitiontracker.kit.problem.ProblemResponses;
import org.coalitiontracker.kit.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Bounds the requests a service works on at once. Without a bound, blocking endpoints queue on
 * the worker pool without limit: at ten times the sustainable rate every request waits longer
 * than the last until clients time out, and the ones that time out were still worked on. Here a
 * request over {@link AdmissionConfig#maxInFlight()} is refused on the event loop, as soon as its
 * head has arrived: before a worker thread, a database connection or the body reader has seen it,
 * so a refused write wrote nothing and the refusal costs next to nothing. It is the service's own
 * 503 problem with {@code Retry-After} ({@link ProblemResponses}), as for a lost database.
 *
 * <p>503 rather than 429: 429 says that one client sent too many requests (RFC 6585), and that
 * client should slow down while others go on. Here no client did anything wrong: the server as a
 * whole is at capacity, whoever asks, which is what 503 with {@code Retry-After} means (RFC 9110,
 * 15.6.4), and what load balancers and clients already treat as "try again, perhaps elsewhere".
 *
 * <p>A request counts from its arrival until its answer has begun (its headers are written) or the
 * connection is gone: an event stream or an export holds no worker while it is being read, so a
 * long read does not hold a place.
 */
@ApplicationScoped
public class AdmissionControl {

    /** Before the routes (JAX-RS included) and the other kit filters: decided first and cheaply. */
    static final int PRIORITY = 1000;

    private final int maxInFlight;
    private final List<String> exemptPaths;
    private final ObjectMapper json;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Counter shed;

    AdmissionControl(AdmissionConfig config, ObjectMapper json, MeterRegistry metrics) {
        this.maxInFlight = config.maxInFlight();
        this.exemptPaths = List.copyOf(config.exemptPaths());
        this.json = json;
        this.shed = Counter.builder("admission.shed")
                .description("Requests refused with 503 because the service had coalition.http.admission.max-in-flight requests in flight")
                .register(metrics);
        Gauge.builder("admission.in.flight", inFlight, AtomicInteger::get)
                .description("Requests admitted and not yet answered (health and metrics not counted)")
                .register(metrics);
    }

    void register(@Observes Filters filters) {
        filters.register(this::admit, PRIORITY);
    }

    private void admit(RoutingContext context) {
        String path = context.normalizedPath();
        if (exemptPaths.stream().anyMatch(path::startsWith)) {
            context.next();
            return;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            shed.increment();
            refuse(context, path);
            return;
        }
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
            }
        };
        context.addHeadersEndHandler(ignored -> release.run());
        context.addEndHandler(ignored -> release.run());
        context.next();
    }

    private void refuse(RoutingContext context, String path) {
        Problem problem = Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                "The service is answering as many requests as it can; retry after the seconds Retry-After gives.", path, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem record always serialises", e);
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader("Retry-After", ProblemResponses.RETRY_AFTER_SECONDS)
                .end(body);
    }

    /** Requests admitted and not yet answered, for tests and the gauge. */
    public int inFlight() {
        return inFlight.get();
    }
}
