package org.coalitiontracker.countries.readcopy;

import static org.coalitiontracker.countries.CountriesServiceContract.COMMITMENTS;
import static org.coalitiontracker.countries.CountriesServiceContract.COMMITMENT_CATEGORY;
import static org.coalitiontracker.countries.CountriesServiceContract.COMMITMENT_COALITION;
import static org.coalitiontracker.countries.CountriesServiceContract.COMMITMENT_COUNTRY;
import static org.coalitiontracker.countries.CountriesServiceContract.COMMITMENT_STATUS;
import static org.coalitiontracker.countries.CountriesServiceContract.EVENTS;
import static org.coalitiontracker.countries.CountriesServiceContract.EVENT_COALITION;
import static org.coalitiontracker.countries.CountriesServiceContract.EVENT_ID;
import static org.coalitiontracker.countries.CountriesServiceContract.EVENT_PARTICIPANTS;
import static org.coalitiontracker.countries.CountriesServiceContract.EVENT_STARTS_AT;
import static org.coalitiontracker.countries.CountriesServiceContract.EVENT_STARTS_ON;
import static org.coalitiontracker.countries.CountriesServiceContract.EVENT_TITLE;
import static org.coalitiontracker.countries.CountriesServiceContract.PARTICIPANT_ATTENDANCE;
import static org.coalitiontracker.countries.CountriesServiceContract.PARTICIPANT_COUNTRY;
import static org.coalitiontracker.countries.CountriesServiceContract.PARTICIPANT_ROLE;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What a member did elsewhere in the suite, from this service's read copies: the commitments
 * it made to the coalition (from commitments-service) and the events it took part in (from
 * events-service). As fresh as the copies, which follow their owners within moments. Every field
 * read is one the service's contract declares ({@code CountriesServiceContract}), and the SQL is
 * written from those declarations.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemberActivity {

    /** The {@code ->>} expressions match the index {@code read_copy_commitments_by_member} (V3) as text. */
    private static final String COMMITMENTS_OF_MEMBER = """
            select %s, %s, count(*)
              from read_copy
             where topic = :topic and state is not null
               and %s = :coalitionId and %s = :countryCode
             group by 1, 2""".formatted(COMMITMENT_CATEGORY.text("state"), COMMITMENT_STATUS.text("state"),
            COMMITMENT_COALITION.text("state"), COMMITMENT_COUNTRY.text("state"));

    /**
     * Oldest first, as events-service lists them: by the start day ({@code startsOn}, a month
     * counting from its last day; in a copy written before events carried it, the local date that
     * begins {@code startsAt}), then {@code startsAt} with an event known only to the day first,
     * then title and id.
     */
    private static final String EVENTS_OF_COUNTRY = """
            select %s, %s, %s, %s, %s, %s, %s
              from read_copy, jsonb_array_elements(%s) p
             where topic = :topic and state is not null
               and %s @> jsonb_build_array(jsonb_build_object('%s', cast(:countryCode as text)))
               and %s = :countryCode
             order by partial_date_last_day(%s), (%s)::timestamptz nulls first, %s, %s""".formatted(EVENT_ID.text("state"),
            EVENT_TITLE.text("state"), startsOn(), EVENT_STARTS_AT.text("state"), EVENT_COALITION.text("state"), PARTICIPANT_ROLE.text("p"),
            PARTICIPANT_ATTENDANCE.text("p"), EVENT_PARTICIPANTS.json("state"), EVENT_PARTICIPANTS.json("state"), PARTICIPANT_COUNTRY.key(),
            PARTICIPANT_COUNTRY.text("p"), startsOn(), EVENT_STARTS_AT.text("state"), EVENT_TITLE.text("state"), EVENT_ID.text("state"));

    private static String startsOn() {
        return "coalesce(%s, left(%s, 10))".formatted(EVENT_STARTS_ON.text("state"), EVENT_STARTS_AT.text("state"));
    }

    private final EntityManager entityManager;

    public MemberActivity(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public CommitmentSummary commitments(String coalitionId, String countryCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(COMMITMENTS_OF_MEMBER)
                .setParameter("topic", COMMITMENTS.topicName())
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
        List<Object[]> rows = entityManager.createNativeQuery(EVENTS_OF_COUNTRY)
                .setParameter("topic", EVENTS.topicName())
                .setParameter("countryCode", countryCode)
                .getResultList();
        return rows.stream().map(r -> new AttendedEvent((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6]))
                .toList();
    }
}
