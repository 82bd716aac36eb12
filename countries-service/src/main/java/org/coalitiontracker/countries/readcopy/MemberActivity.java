package org.coalitiontracker.countries.readcopy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.coalitiontracker.kit.events.Topic;

/**
 * What a member did elsewhere in the suite, from this service's read copies: the commitments
 * it made to the coalition (from commitments-service) and the events it took part in (from
 * events-service). As fresh as the copies, which follow their owners within moments.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberActivity {

    private final EntityManager entityManager;

    public MemberActivity(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public CommitmentSummary commitments(String coalitionId, String countryCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select state ->> 'category', state ->> 'status', count(*)
                  from read_copy
                 where topic = :topic and state is not null
                   and state ->> 'coalitionId' = :coalitionId and state ->> 'countryCode' = :countryCode
                 group by 1, 2""")
                .setParameter("topic", Topic.COMMITMENTS.topicName())
                .setParameter("coalitionId", coalitionId)
                .setParameter("countryCode", countryCode)
                .getResultList();
        Map<String, Long> byCategory = new TreeMap<>();
        Map<String, Long> byStatus = new TreeMap<>();
        long total = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[2]).longValue();
            byCategory.merge((String) row[0], count, Long::sum);
            byStatus.merge((String) row[1], count, Long::sum);
            total += count;
        }
        return new CommitmentSummary(total, byCategory, byStatus);
    }

    /** The events the country took part in, in any role, oldest first. */
    public List<AttendedEvent> events(String countryCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select state ->> 'id', state ->> 'title', state ->> 'startsAt', state ->> 'coalitionId', p ->> 'role', p ->> 'attendance'
                  from read_copy, jsonb_array_elements(state -> 'participants') p
                 where topic = :topic and state is not null
                   and state -> 'participants' @> jsonb_build_array(jsonb_build_object('countryCode', cast(:countryCode as text)))
                   and p ->> 'countryCode' = :countryCode
                 order by (state ->> 'startsAt')::timestamptz, state ->> 'id'""")
                .setParameter("topic", Topic.EVENTS.topicName())
                .setParameter("countryCode", countryCode)
                .getResultList();
        return rows.stream().map(r -> new AttendedEvent((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5]))
                .toList();
    }
}
