package org.coalitiontracker.kit.tests;

import java.util.Map;

import org.coalitiontracker.testing.FreePorts;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The test application's HTTP port, below the kernel's ephemeral range like every other server of the tests. */
public class HttpPortResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.http.test-port", Integer.toString(FreePorts.pick()));
    }

    @Override
    public void stop() {
        // nothing was started
    }
}
