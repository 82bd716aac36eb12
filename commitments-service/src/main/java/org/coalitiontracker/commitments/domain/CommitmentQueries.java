package org.coalitiontracker.commitments.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.coalitiontracker.kit.export.Exports;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.persistence.Filters;
import org.coalitiontracker.kit.persistence.Pages;
import org.coalitiontracker.kit.persistence.ReadOnly;
import org.coalitiontracker.kit.problem.ProblemException;

import io.quarkus.panache.common.Parameters;

/**
 * Lists, summaries and single commitments, on both time axes (docs/api-decisions.md, "Two kinds
 * of time"). Record time: without {@code knownAt} the commitment table (the present record),
 * with it the version table, taking each commitment's version current at that instant (the two
 * tables embed the same state, so the filters are the same). World time: {@code asOf} keeps the
 * commitments whose status timeline had begun by that day, with the status then in force: the
 * one span of the timeline in force that day ({@link TimelineSpan}, derived from the timeline by
 * the database, migration V9), joined so that a page probes the spans of the commitments it
 * shows and a total or summary reads the spans in force.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CommitmentQueries {

    /** The version recorded by the instant and not yet replaced (or deleted) by then: one per commitment. */
    private static final String CURRENT_AT_KNOWN_AT = "x.changedAt <= :knownAt and (x.supersededAt is null or x.supersededAt > :knownAt)";

    public Page<CommitmentSnapshot> list(CommitmentFilter filter, PageRequest page) {
        Table table = Table.answering(filter.knownAt());
        Filters filters = filters(filter, table, filter.asOf().isPresent());
        String query = listed(filter, table, filters);
        Page<CommitmentSnapshot> found = table == Table.HISTORY
                ? Pages.fetch(CommitmentVersion.<CommitmentVersion>find(query, filters.parameters()), page, CommitmentVersion::snapshot)
                : Pages.fetch(Commitment.<Commitment>find(query, filters.parameters()), page, Commitment::snapshot);
        return filter.asOf().map(day -> found.map(snapshot -> snapshot.asOf(day).orElseThrow())).orElse(found);
    }

    /**
     * Every commitment {@link #list} answers for the filter over all its pages, in its order,
     * from a database cursor ({@link Exports#rows}): for exports, which read it inside their
     * snapshot transaction and close the stream.
     */
    public Stream<CommitmentSnapshot> stream(CommitmentFilter filter) {
        Table table = Table.answering(filter.knownAt());
        Filters filters = filters(filter, table, filter.asOf().isPresent());
        String query = listed(filter, table, filters);
        Stream<CommitmentSnapshot> found = table == Table.HISTORY
                ? Exports.rows(CommitmentVersion.<CommitmentVersion>find(query, filters.parameters())).map(CommitmentVersion::snapshot)
                : Exports.rows(Commitment.<Commitment>find(query, filters.parameters())).map(Commitment::snapshot);
        return filter.asOf().map(day -> found.map(snapshot -> snapshot.asOf(day).orElseThrow())).orElse(found);
    }

    /**
     * One commitment, on either axis or both; 404 when the record did not hold it at
     * {@code knownAt}, or its timeline had not begun by {@code asOf}.
     */
    public CommitmentSnapshot find(UUID id, Optional<LocalDate> asOf, Optional<Instant> knownAt) {
        CommitmentSnapshot snapshot = knownAt.isPresent()
                ? CommitmentVersion.<CommitmentVersion>find("from CommitmentVersion x where x.commitmentId = :id and " + CURRENT_AT_KNOWN_AT,
                        Parameters.with("id", id).and("knownAt", knownAt.get())).firstResultOptional()
                        .map(CommitmentVersion::snapshot)
                        .orElseThrow(() -> ProblemException.notFound("There was no commitment " + id + " in the record at " + knownAt.get() + "."))
                : ReadOnly.findById(Commitment.class, id).map(Commitment::snapshot)
                        .orElseThrow(() -> ProblemException.notFound("There is no commitment " + id + "."));
        if (asOf.isEmpty()) {
            return snapshot;
        }
        return snapshot.asOf(asOf.get()).orElseThrow(() -> ProblemException.notFound("Commitment " + id
                + " had no status yet on " + asOf.get() + ": no step of its timeline counts by that day."));
    }

    /** Totals per group, computed by the database; a summary leaves withdrawn commitments out unless asked. */
    public List<GroupTotals> summary(CommitmentFilter filter, SummaryGrouping grouping) {
        Table table = Table.answering(filter.knownAt());
        Filters filters = filters(filter, table, true);
        String key = grouping == SummaryGrouping.STATUS ? status(filter) : "x.state." + grouping.property();
        String from = " " + from(filter, table) + " where " + filters.where();
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

    /** The commitments a list shows, in its order: by the day the announcement counts from, country, category, id. */
    private static String listed(CommitmentFilter filter, Table table, Filters filters) {
        return "select x " + from(filter, table) + " where " + filters.where()
                + " order by x.state.announcedBy asc nulls last, x.state.countryCode asc, x.state.category asc, " + table.id + " asc";
    }

    /** The table answering, joined on a day in the world with the span of each timeline in force then. */
    private static String from(CommitmentFilter filter, Table table) {
        return "from " + table.entity + " x" + (filter.asOf().isPresent() ? " join " + table.periods : "");
    }

    /**
     * The status the filters test: on a day in the world the one then in force (its span's, a
     * name), else the latest (the stored one, mapped as the enum).
     */
    private static String status(CommitmentFilter filter) {
        return filter.asOf().isPresent() ? "p.status" : "x.state.status";
    }

    private static Filters filters(CommitmentFilter filter, Table table, boolean withdrawnLeftOutByDefault) {
        boolean onAsOf = filter.asOf().isPresent();
        Optional<List<Object>> statuses = Optional.of(filter.status()).filter(chosen -> !chosen.isEmpty())
                .map(chosen -> chosen.stream().sorted().<Object>map(value -> onAsOf ? value.name() : value).toList());
        Object withdrawn = onAsOf ? CommitmentStatus.WITHDRAWN.name() : CommitmentStatus.WITHDRAWN;
        return new Filters()
                .and("x.state.countryCode = :country", "country", filter.country())
                .and("x.state.coalitionId = :coalition", "coalition", filter.coalition())
                .and("x.state.category = :category", "category", filter.category())
                .and("p.fromDay <= :asOf and (p.untilDay is null or p.untilDay > :asOf)", "asOf", filter.asOf())
                .and(status(filter) + " in :status", "status", statuses)
                .and("array_contains(x.state.conditions, :condition)", "condition", filter.condition().map(Enum::name))
                .and("x.state.stationedIn = :stationedIn", "stationedIn", filter.stationedIn())
                .and("x.state.announcedAtEventId = :event", "event", filter.event())
                .and(table.updatedAt + " >= :updatedSince", "updatedSince", filter.updatedSince())
                .and(status(filter) + " <> :withdrawn", "withdrawn",
                        filter.leavesOutWithdrawn(withdrawnLeftOutByDefault) ? Optional.of(withdrawn) : Optional.empty())
                .and(CURRENT_AT_KNOWN_AT, "knownAt", filter.knownAt());
    }

    private static List<Object[]> rows(String query, Filters filters) {
        TypedQuery<Object[]> typed = Commitment.getEntityManager().createQuery(query, Object[].class);
        filters.parameters().map().forEach(typed::setParameter);
        return typed.getResultList();
    }

    private static String keyOf(Object value) {
        return value == null ? null : value.toString();
    }

    /**
     * Where the answer comes from; both entities embed the same state under {@code x.state}, and
     * each has its timelines' spans ({@code p}).
     */
    private enum Table {
        CURRENT("Commitment", "x.id", "x.updatedAt", "StatusPeriod p on p.commitmentId = x.id"),
        HISTORY("CommitmentVersion", "x.commitmentId", "x.changedAt", "VersionStatusPeriod p on p.commitmentId = x.commitmentId and p.version = x.version");

        final String entity;
        final String id;
        final String updatedAt;
        final String periods;

        Table(String entity, String id, String updatedAt, String periods) {
            this.entity = entity;
            this.id = id;
            this.updatedAt = updatedAt;
            this.periods = periods;
        }

        static Table answering(Optional<Instant> knownAt) {
            return knownAt.isPresent() ? HISTORY : CURRENT;
        }
    }
}
