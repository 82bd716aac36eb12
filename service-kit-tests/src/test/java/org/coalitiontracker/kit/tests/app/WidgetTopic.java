package org.coalitiontracker.kit.tests.app;

import org.coalitiontracker.kit.events.Topic;

/**
 * The one place the test application names its topic (besides the consumer's topic list in
 * application.properties). The kit's topics are a closed enum today, so the widget borrows one
 * that no service of the suite consumes.
 */
public final class WidgetTopic {

    public static final Topic TOPIC = Topic.COALITIONS;

    private WidgetTopic() {
    }
}
