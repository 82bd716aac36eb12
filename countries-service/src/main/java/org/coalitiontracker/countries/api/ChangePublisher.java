package org.coalitiontracker.countries.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.coalitiontracker.countries.domain.Coalition;
import org.coalitiontracker.countries.domain.Membership;
import org.coalitiontracker.kit.events.AggregateChanged;
import org.coalitiontracker.kit.events.Outbox;

/** Records every change the domain announces in the outbox, as the same JSON the API shows. */
@ApplicationScoped
class ChangePublisher {

    private final Outbox outbox;

    ChangePublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void coalition(@Observes AggregateChanged<Coalition> change) {
        outbox.publish(change, CoalitionView::of);
    }

    void membership(@Observes AggregateChanged<Membership> change) {
        outbox.publish(change, MembershipView::of);
    }
}
