package org.coalitiontracker.kit.events;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the owners of the data in the read copies answer over HTTP. */
@ConfigMapping(prefix = "coalition.owners")
public interface OwnersConfig {

    @WithDefault("http://localhost:8082")
    String countriesUrl();

    @WithDefault("http://localhost:8081")
    String eventsUrl();

    @WithDefault("http://localhost:8083")
    String commitmentsUrl();

    @WithDefault("2s")
    Duration timeout();
}
