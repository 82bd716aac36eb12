package org.coalitiontracker.kit.claims;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.coalitiontracker.kit.source.Source;

/**
 * The records of one type a service owns, as {@code /disputes} and {@code /sources} read them: a
 * service declares one bean per record type (a coalition, a membership, …) and the kit finds them
 * all. A fourth service adds its own beans and nothing else.
 */
public interface CitingRecords {

    /** The record type's name in answers and in the {@code recordType} filter, such as {@code order}. */
    String recordType();

    /**
     * The records of this type, of {@code coalition} if given, in a stable order; with
     * {@code withClaimsOnly}, only those that carry claims.
     */
    Stream<CitingRecord> records(Optional<String> coalition, boolean withClaimsOnly);

    /**
     * One record: where to find it, the coalition it belongs to, the sources it cites for itself
     * and its claims.
     */
    record CitingRecord(String recordType, String id, String link, Optional<String> coalition, List<Source> sources, List<Claim> claims) {

        public CitingRecord {
            sources = sources == null ? List.of() : List.copyOf(sources);
            claims = claims == null ? List.of() : List.copyOf(claims);
        }
    }
}
