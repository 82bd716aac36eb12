package org.coalitiontracker.commitments.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.coalitiontracker.commitments.domain.Commitment;
import org.coalitiontracker.kit.events.AggregateChanged;
import org.coalitiontracker.kit.events.Outbox;

/**
 * Records every change the domain announces in the outbox, as the commitment's own JSON: without
 * the country name and event title, which are other services' data and are theirs to publish.
 */
@ApplicationScoped
class ChangePublisher {

    private final Outbox outbox;

    ChangePublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    void commitment(@Observes AggregateChanged<Commitment> change) {
        outbox.publish(change, CommitmentView::of);
    }
}
