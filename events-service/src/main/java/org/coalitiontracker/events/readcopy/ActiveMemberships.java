package org.coalitiontracker.events.readcopy;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.coalitiontracker.events.EventsServiceContract;

/** Which countries are active members of which coalitions, as this service's copy of countries-service's memberships has it. */
@ApplicationScoped
public class ActiveMemberships {

    private final EntityManager entityManager;

    public ActiveMemberships(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The membership key ({@code coalitionId/countryCode}), as countries-service keys its change events. */
    public static String key(String coalitionId, String countryCode) {
        return coalitionId + "/" + countryCode;
    }

    /** Of the given membership keys, those whose membership the copy has with status ACTIVE; one query whatever their number. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> activeAmong(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        List<?> active = entityManager.createNativeQuery("select aggregate_key from read_copy where topic = :topic "
                        + "and aggregate_key in (:keys) and " + EventsServiceContract.MEMBERSHIP_STATUS.text("state") + " = 'ACTIVE'", String.class)
                .setParameter("topic", EventsServiceContract.MEMBERSHIPS.topicName())
                .setParameter("keys", Set.copyOf(keys))
                .getResultList();
        Set<String> found = new HashSet<>();
        active.forEach(key -> found.add((String) key));
        return found;
    }
}
