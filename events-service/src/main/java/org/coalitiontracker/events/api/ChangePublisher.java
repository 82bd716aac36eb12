package org.coalitiontracker.events.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.coalitiontracker.events.domain.Event;
import org.coalitiontracker.kit.events.AggregateChanged;
import org.coalitiontracker.kit.events.Outbox;

/**
 * Records every change the domain announces in the outbox, as the same JSON the API shows for
 * the event, participants included, but without what this service derives from its read copies
 * (such as {@code member}): a change event carries only what this service owns.
 */
@ApplicationScoped
class ChangePublisher {

    private final Outbox outbox;

    ChangePublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void event(@Observes AggregateChanged<Event> change) {
        outbox.publish(change, EventView::of);
    }
}
