package org.coalitiontracker.kit.http;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many requests a service works on at once ({@link AdmissionControl}); README "Configuration". */
@ConfigMapping(prefix = "coalition.http.admission")
public interface AdmissionConfig {

    /**
     * Requests in flight (admitted, not yet answered) above which the next one is refused with
     * 503. 64 is where the services' throughput stops growing (benchmarks/http-results.md: GET one
     * and POST at 64 clients answer no more than at 16, only slower), a third of the worker pool
     * (200 threads) and about three requests per pooled database connection (20): an admitted
     * request waits for a connection milliseconds, far from the 5 s acquisition timeout.
     */
    @WithDefault("64")
    int maxInFlight();

    /**
     * Path prefixes that are always admitted and not counted: health, so that liveness and
     * readiness answer during a storm (a probe that failed then would have the service restarted
     * exactly when it is busiest), and metrics, so that the storm can be watched.
     */
    @WithDefault("/q/health,/q/metrics")
    List<String> exemptPaths();
}
