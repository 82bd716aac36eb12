package org.coalitiontracker.kit.tests.app;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.kit.events.ChangeEventContract;
import org.coalitiontracker.kit.events.StateField;
import org.coalitiontracker.kit.events.Topic;

/**
 * The test application's change-event contract, declared the way a service declares its own: it
 * publishes its widgets and keeps a read copy of them, so that the relay and the consumer run in
 * one application. It never needs its owner over HTTP, so the owner URL names nothing that listens.
 */
@ApplicationScoped
public class WidgetContract implements ChangeEventContract {

    public static final Topic TOPIC = new Topic("kit-tests.widgets", "widget");

    @Override
    public List<PublishedTopic> publishes() {
        return List.of(new PublishedTopic(TOPIC, WidgetView.class, "Widgets of the kit's test application. Key: the widget's key."));
    }

    @Override
    public List<ConsumedTopic> consumes() {
        return List.of(new ConsumedTopic(TOPIC, "http://127.0.0.1:9", List.of(StateField.of("name"))));
    }
}
