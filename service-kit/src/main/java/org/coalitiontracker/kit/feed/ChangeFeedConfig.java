package org.coalitiontracker.kit.feed;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the change feed ({@code GET /changes}) numbers committed changes. See docs/change-events.md, "Change feed". */
@ConfigMapping(prefix = "coalition.change-feed")
public interface ChangeFeedConfig {

    /**
     * Fallback poll of the assigner: it is woken after every commit that recorded a version, this
     * catches changes committed through another instance whose assigner could not number them.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** Versions numbered per transaction. */
    @WithDefault("1000")
    int batchSize();

    /** How long an assigner waits for another instance's pass to end before trying again later. */
    @WithDefault("10s")
    Duration lockTimeout();
}
