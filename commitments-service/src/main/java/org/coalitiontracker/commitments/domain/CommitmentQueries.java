package org.coalitiontracker.commitments.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.persistence.Filters;
import org.coalitiontracker.kit.persistence.Pages;

/**
 * Lists and summaries of commitments, now or as they stood on a date. The present is read from
 * the commitment table; a past date from the history, taking each commitment's version that
 * was current at the end of that day. Both tables have the same state columns, so the filters are
 * the same.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitmentQueries {

    /** The version written before the end of the day and not yet replaced by then: one per commitment. */
    private static final String CURRENT_AT_AS_OF_END = "x.changedAt < :asOfEnd and (x.supersededAt is null or x.supersededAt >= :asOfEnd)";

    /** Without {@code asOf} the list is the full record; with it, what stood then. */
    public Page<CommitmentSnapshot> list(CommitmentFilter filter, PageRequest page) {
        Table table = Table.answering(filter);
        Filters filters = filters(filter, table, filter.asOf().isPresent());
        String query = "from " + table.entity + " x where " + filters.where()
                + " order by x.state.announcedOn asc nulls last, " + table.id + " asc";
        if (table == Table.HISTORY) {
            return Pages.fetch(CommitmentVersion.<CommitmentVersion>find(query, filters.parameters()), page, CommitmentVersion::snapshot);
        }
        return Pages.fetch(Commitment.<Commitment>find(query, filters.parameters()), page, Commitment::snapshot);
    }

    /** Totals per group, computed by the database; a summary leaves withdrawn commitments out unless asked. */
    public List<GroupTotals> summary(CommitmentFilter filter, SummaryGrouping grouping) {
        Table table = Table.answering(filter);
        Filters filters = filters(filter, table, true);
        String key = "x.state." + grouping.property();
        String from = " from " + table.entity + " x where " + filters.where();
        Map<String, List<Money>> amounts = new HashMap<>();
        for (Object[] row : rows("select " + key + ", x.state.currency, sum(x.state.amount)" + from
                + " and x.state.amount is not null group by " + key + ", x.state.currency order by x.state.currency", filters)) {
            amounts.computeIfAbsent(keyOf(row[0]), group -> new ArrayList<>()).add(Money.of(((BigDecimal) row[2]).toPlainString(), (String) row[1]));
        }
        return rows("select " + key + ", count(*), coalesce(sum(x.state.personnel), 0)" + from
                + " group by " + key + " order by " + key + " asc nulls last", filters).stream()
                .map(row -> new GroupTotals(keyOf(row[0]), ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                        List.copyOf(amounts.getOrDefault(keyOf(row[0]), List.of()))))
                .toList();
    }

    private static Filters filters(CommitmentFilter filter, Table table, boolean withdrawnLeftOutByDefault) {
        return new Filters()
                .and("x.state.countryCode = :country", "country", filter.country())
                .and("x.state.coalitionId = :coalition", "coalition", filter.coalition())
                .and("x.state.category = :category", "category", filter.category())
                .and("x.state.status in :status", "status", Optional.of(filter.status()).filter(statuses -> !statuses.isEmpty()))
                .and("array_contains(x.state.conditions, :condition)", "condition", filter.condition().map(Enum::name))
                .and("x.state.stationedIn = :stationedIn", "stationedIn", filter.stationedIn())
                .and("x.state.announcedAtEventId = :event", "event", filter.event())
                .and(table.updatedAt + " >= :updatedSince", "updatedSince", filter.updatedSince())
                .and("x.state.status <> :withdrawn", "withdrawn",
                        filter.leavesOutWithdrawn(withdrawnLeftOutByDefault) ? Optional.of(CommitmentStatus.WITHDRAWN) : Optional.empty())
                .and(CURRENT_AT_AS_OF_END, "asOfEnd", filter.asOfEnd());
    }

    private static List<Object[]> rows(String query, Filters filters) {
        TypedQuery<Object[]> typed = Commitment.getEntityManager().createQuery(query, Object[].class);
        filters.parameters().map().forEach(typed::setParameter);
        return typed.getResultList();
    }

    private static String keyOf(Object value) {
        return value == null ? null : value.toString();
    }

    /** Where the answer comes from; both entities embed the same state under {@code x.state}. */
    private enum Table {
        CURRENT("Commitment", "x.id", "x.updatedAt"),
        HISTORY("CommitmentVersion", "x.commitmentId", "x.changedAt");

        final String entity;
        final String id;
        final String updatedAt;

        Table(String entity, String id, String updatedAt) {
            this.entity = entity;
            this.id = id;
            this.updatedAt = updatedAt;
        }

        static Table answering(CommitmentFilter filter) {
            return filter.asOf().isPresent() ? HISTORY : CURRENT;
        }
    }
}
