package org.coalitiontracker.kit.tests.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.coalitiontracker.kit.events.AggregateChanged;
import org.coalitiontracker.kit.events.Outbox;

@ApplicationScoped
class WidgetChangePublisher {

    private final Outbox outbox;

    WidgetChangePublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void widget(@Observes AggregateChanged<Widget> change) {
        outbox.publish(change, WidgetView::of);
    }
}
