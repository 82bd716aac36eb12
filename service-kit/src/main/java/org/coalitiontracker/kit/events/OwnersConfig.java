package org.coalitiontracker.kit.events;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How a service asks an owner when a read copy cannot confirm a reference ({@link OwnerLookups});
 * the same for every owner, each of which has a circuit breaker of its own. With the defaults a
 * write that needs an owner that does not answer is told 503 after at most
 * {@code timeout × (retries + 1) + retry-delay}, about 1.25 s, and at once while the breaker is
 * open. Read property by property rather than as a {@code @ConfigMapping}: the owners' URLs
 * ({@code coalition.owners.<service>-url}) share the prefix and are each service's own, which a
 * mapping of the kit would refuse as unknown.
 */
@ApplicationScoped
public class OwnersConfig {

    /** How long one attempt waits for the owner's answer, connecting included. */
    @ConfigProperty(name = "coalition.owners.timeout", defaultValue = "500ms")
    Duration timeout;

    /** Attempts after the first; the lookup is an idempotent GET, so asking again is safe. */
    @ConfigProperty(name = "coalition.owners.retries", defaultValue = "1")
    int retries;

    @ConfigProperty(name = "coalition.owners.retry-delay", defaultValue = "200ms")
    Duration retryDelay;

    /** How many of the latest attempts the breaker's failure ratio is taken over. */
    @ConfigProperty(name = "coalition.owners.breaker.request-volume", defaultValue = "4")
    int breakerRequestVolume;

    /** The share of failed attempts among them that opens the breaker. */
    @ConfigProperty(name = "coalition.owners.breaker.failure-ratio", defaultValue = "0.5")
    double breakerFailureRatio;

    /** How long an open breaker fails at once before it lets one trial attempt through. */
    @ConfigProperty(name = "coalition.owners.breaker.delay", defaultValue = "5s")
    Duration breakerDelay;

    /** Successful trial attempts that close it again. */
    @ConfigProperty(name = "coalition.owners.breaker.success-threshold", defaultValue = "1")
    int breakerSuccessThreshold;

    // Read through methods: the bean is reached through its client proxy, whose fields are unset.

    Duration timeout() {
        return timeout;
    }

    int retries() {
        return retries;
    }

    Duration retryDelay() {
        return retryDelay;
    }

    int breakerRequestVolume() {
        return breakerRequestVolume;
    }

    double breakerFailureRatio() {
        return breakerFailureRatio;
    }

    Duration breakerDelay() {
        return breakerDelay;
    }

    int breakerSuccessThreshold() {
        return breakerSuccessThreshold;
    }
}
