package org.coalitiontracker.testing;

import java.util.Map;

import org.coalitiontracker.kit.events.Topic;

/**
 * The suite's change-event topics as the tests expect them, written down independently of the
 * services' contracts: a test that reads or seeds a topic by these names fails when a service
 * publishes or consumes under another name.
 */
public final class Topics {

    public static final Topic COUNTRIES = new Topic("coalition-tracker.countries", "country");
    public static final Topic COALITIONS = new Topic("coalition-tracker.coalitions", "coalition");
    public static final Topic MEMBERSHIPS = new Topic("coalition-tracker.memberships", "membership");
    public static final Topic EVENTS = new Topic("coalition-tracker.events", "event");
    public static final Topic COMMITMENTS = new Topic("coalition-tracker.commitments", "commitment");

    /** The CloudEvents {@code source} of each topic's owner. */
    private static final Map<Topic, String> SOURCES = Map.of(
            COUNTRIES, "/countries-service",
            COALITIONS, "/countries-service",
            MEMBERSHIPS, "/countries-service",
            EVENTS, "/events-service",
            COMMITMENTS, "/commitments-service");

    private Topics() {
    }

    /**
     * The {@code ce_source} the owner of {@code topic} publishes with; for a topic of no service
     * of the suite (the kit's own test application's), {@code /tests}.
     */
    public static String source(Topic topic) {
        return SOURCES.getOrDefault(topic, "/tests");
    }
}
