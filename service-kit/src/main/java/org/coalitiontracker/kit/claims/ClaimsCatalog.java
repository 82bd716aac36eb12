package org.coalitiontracker.kit.claims;

import java.util.Comparator;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.coalitiontracker.kit.http.QueryParams;
import org.coalitiontracker.kit.problem.ProblemException;

/** Every record type of the service ({@link CitingRecords} beans), read in one stable order: by type, then id. */
@ApplicationScoped
public class ClaimsCatalog {

    private static final Comparator<CitingRecords.CitingRecord> RECORD_ORDER = Comparator.comparing(CitingRecords.CitingRecord::recordType)
            .thenComparing(CitingRecords.CitingRecord::id);

    static final String COALITION_DESCRIPTION = "Only records of this coalition (its slug).";

    private final Instance<CitingRecords> recordTypes;

    public ClaimsCatalog(@Any Instance<CitingRecords> recordTypes) {
        this.recordTypes = recordTypes;
    }

    Stream<CitingRecords.CitingRecord> records(Optional<String> type, Optional<String> coalition, boolean withClaimsOnly) {
        return recordTypes.stream()
                .filter(records -> type.map(records.recordType()::equals).orElse(true))
                .sorted(Comparator.comparing(CitingRecords::recordType))
                .flatMap(records -> records.records(coalition, withClaimsOnly).sorted(RECORD_ORDER));
    }

    /** The {@code recordType} query parameter: one of the service's record types, else 400 naming them. */
    Optional<String> recordType(String raw) {
        Optional<String> type = QueryParams.text("recordType", raw, 100);
        TreeSet<String> known = new TreeSet<>(recordTypes.stream().map(CitingRecords::recordType).toList());
        if (type.isPresent() && !known.contains(type.get())) {
            throw ProblemException.invalidParameter("recordType", "'" + type.get() + "' is not a record type of this service; one of: "
                    + String.join(", ", known));
        }
        return type;
    }
}
