package org.coalitiontracker.commitments.readcopy;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.coalitiontracker.commitments.domain.CommitmentSnapshot;
import org.coalitiontracker.kit.events.Topic;

/**
 * Finds, in the read copies, the names to show next to the codes and ids of commitments: one
 * query per copy for a whole page, never one per commitment. What a copy does not hold yet is
 * simply left out; a name is shown, never relied on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceNameLookup {

    private static final String FIELD_BY_KEY = """
            select aggregate_key, state ->> :field from read_copy
             where topic = :topic and aggregate_key in (:keys) and state ->> :field is not null""";

    private final EntityManager entityManager;

    public ReferenceNameLookup(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public ReferenceNames of(CommitmentSnapshot commitment) {
        return of(List.of(commitment));
    }

    public ReferenceNames of(Collection<CommitmentSnapshot> commitments) {
        Set<String> countries = commitments.stream().map(c -> c.details().countryCode()).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> events = commitments.stream().map(c -> c.details().announcedAtEventId()).filter(Objects::nonNull)
                .map(UUID::toString).collect(Collectors.toSet());
        return new ReferenceNames(field(Topic.COUNTRIES, "name", countries), field(Topic.EVENTS, "title", events));
    }

    private Map<String, String> field(Topic topic, String field, Set<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, String> values = new HashMap<>();
        List<?> rows = entityManager.createNativeQuery(FIELD_BY_KEY, Object[].class)
                .setParameter("field", field)
                .setParameter("topic", topic.topicName())
                .setParameter("keys", keys)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            values.put((String) columns[0], (String) columns[1]);
        }
        return values;
    }
}
