package org.coalitiontracker.kit.feed;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the change feed ({@code GET /changes}) numbers committed changes and streams them. See docs/change-events.md, "The change feed". */
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

    /**
     * How long an assigner waits for another instance's pass to end before trying again later:
     * below the database read timeout (the kit's {@code quarkus.datasource.jdbc.read-timeout},
     * 10 s), so that the wait ends with PostgreSQL's lock timeout rather than a dropped connection.
     */
    @WithDefault("5s")
    Duration lockTimeout();

    /**
     * How often an open event stream gets a comment line when nothing else was sent, so that idle
     * connections are not closed by proxies and clients see that the server is there.
     */
    @WithDefault("15s")
    Duration heartbeatInterval();

    /**
     * The most changes an event stream is sent at once; the next ones are read from the database
     * only once these have left for the client, so this bounds what the server holds per stream.
     */
    @WithDefault("100")
    int streamBatchSize();

    /**
     * How long changes sent on an event stream may stay unsent (the client not reading them) before
     * the server closes the stream; the client reconnects with {@code Last-Event-ID} when it can.
     */
    @WithDefault("30s")
    Duration slowClientTimeout();
}
