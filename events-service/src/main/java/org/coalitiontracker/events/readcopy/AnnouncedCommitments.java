package org.coalitiontracker.events.readcopy;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.coalitiontracker.events.EventsServiceContract;
import org.coalitiontracker.kit.events.ReadCopyStore;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The commitments announced at an event, as this service's copy of commitments-service's
 * commitments has them (index {@code read_copy_commitments_by_event}).
 */
@ApplicationScoped
public class AnnouncedCommitments {

    private static final String AT_EVENT = "from read_copy where topic = :topic and state is not null and "
            + EventsServiceContract.COMMITMENT_EVENT.text("state") + " = :eventId";
    // Country, then category: the same order on every install (the id, random, only breaks what is left).
    private static final String ORDER = " order by " + EventsServiceContract.COMMITMENT_COUNTRY.text("state") + " collate \"C\", "
            + EventsServiceContract.COMMITMENT_CATEGORY.text("state") + " collate \"C\", "
            + EventsServiceContract.COMMITMENT_ID.text("state") + " collate \"C\"";

    private final EntityManager entityManager;
    private final ReadCopyStore store;

    public AnnouncedCommitments(EntityManager entityManager, ReadCopyStore store) {
        this.entityManager = entityManager;
        this.store = store;
    }

    /** Their states, sorted by country code, category, then id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<JsonNode> atEvent(UUID eventId, PageRequest request) {
        long total = ((Number) entityManager.createNativeQuery("select count(*) " + AT_EVENT)
                .setParameter("topic", EventsServiceContract.COMMITMENTS.topicName())
                .setParameter("eventId", eventId.toString())
                .getSingleResult()).longValue();
        List<?> states = entityManager.createNativeQuery("select cast(state as text) " + AT_EVENT + ORDER, String.class)
                .setParameter("topic", EventsServiceContract.COMMITMENTS.topicName())
                .setParameter("eventId", eventId.toString())
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return Page.of(states.stream().map(json -> store.read((String) json)).toList(), request, total);
    }
}
