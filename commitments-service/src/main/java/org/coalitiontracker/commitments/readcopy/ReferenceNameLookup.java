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
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.coalitiontracker.commitments.CommitmentsServiceContract;
import org.coalitiontracker.commitments.domain.CommitmentSnapshot;

/**
 * Finds, in the read copies, the names to show next to the codes and ids of commitments: one
 * query for a whole page, never one per commitment. What a copy does not hold yet is
 * simply left out; a name is shown, never relied on.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferenceNameLookup {

    /** A country's {@code name} and an event's {@code title}, from both copies in one query. */
    private static final String NAMES = """
            select topic, aggregate_key, state ->> (case when topic = :countries then '%s' else '%s' end) from read_copy
             where (topic = :countries and aggregate_key in (:countryKeys))""".formatted(CommitmentsServiceContract.COUNTRY_NAME.key(),
            CommitmentsServiceContract.EVENT_TITLE.key());
    private static final String AND_TITLES = " or (topic = :events and aggregate_key in (:eventKeys))";

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
        if (countries.isEmpty()) {
            return ReferenceNames.NONE;
        }
        Query query = entityManager.createNativeQuery(events.isEmpty() ? NAMES : NAMES + AND_TITLES, Object[].class)
                .setParameter("countries", CommitmentsServiceContract.COUNTRIES.topicName())
                .setParameter("countryKeys", countries);
        if (!events.isEmpty()) {
            query.setParameter("events", CommitmentsServiceContract.EVENTS.topicName()).setParameter("eventKeys", events);
        }
        Map<String, String> countryNames = new HashMap<>();
        Map<String, String> eventTitles = new HashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            if (columns[2] != null) {
                (CommitmentsServiceContract.COUNTRIES.topicName().equals(columns[0]) ? countryNames : eventTitles).put((String) columns[1], (String) columns[2]);
            }
        }
        return new ReferenceNames(countryNames, eventTitles);
    }
}
