package org.coalitiontracker.commitments.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.kit.claims.CitingRecords;

/**
 * The commitments as {@code /disputes} and {@code /sources} read them. A service may hold 100,000
 * commitments, few of them with claims: {@code /disputes} ({@code withClaimsOnly}) reads only
 * those that carry claims, through the partial index {@code commitment_with_claims}; {@code /sources}
 * reads every commitment (of the coalition, if given) in turn, as the kit's contract asks.
 */
@ApplicationScoped
class CommitmentsCitingRecords implements CitingRecords {

    /** The same predicate as the partial index's (V8__claims.sql), so that the planner can use it. */
    private static final String WITH_CLAIMS = "select * from commitment where claims <> cast('[]' as jsonb)";

    @Override
    public String recordType() {
        return "commitment";
    }

    @Override
    public Stream<CitingRecord> records(Optional<String> coalition, boolean withClaimsOnly) {
        List<Commitment> found = withClaimsOnly ? withClaims(coalition)
                : coalition.map(id -> Commitment.<Commitment>list("state.coalitionId = ?1 order by id", id))
                        .orElseGet(() -> Commitment.<Commitment>list("order by id"));
        return found.stream().map(c -> new CitingRecord(recordType(), c.id.toString(), "/commitments/" + c.id,
                Optional.of(c.state.coalitionId), c.state.sources, c.state.claims));
    }

    @SuppressWarnings("unchecked")
    private static List<Commitment> withClaims(Optional<String> coalition) {
        var query = Commitment.getEntityManager().createNativeQuery(
                WITH_CLAIMS + (coalition.isPresent() ? " and coalition_id = :coalition" : "") + " order by id", Commitment.class);
        coalition.ifPresent(id -> query.setParameter("coalition", id));
        return query.getResultList();
    }
}
