package org.coalitiontracker.countries.domain;

import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.kit.claims.CitingRecords;

/**
 * The records of this service as {@code /disputes} and {@code /sources} read them. A service keeps
 * a handful of coalitions and a few dozen members each, so both are read whole.
 */
final class CountriesCitingRecords {

    private CountriesCitingRecords() {
    }

    @ApplicationScoped
    static class Coalitions implements CitingRecords {

        @Override
        public String recordType() {
            return "coalition";
        }

        @Override
        public Stream<CitingRecord> records(Optional<String> coalition, boolean withClaimsOnly) {
            Stream<Coalition> found = coalition.map(id -> Stream.ofNullable(Coalition.<Coalition>findById(id)))
                    .orElseGet(() -> Coalition.<Coalition>listAll().stream());
            return found.filter(c -> !withClaimsOnly || !c.claims.isEmpty())
                    .map(c -> new CitingRecord(recordType(), c.id, "/coalitions/" + c.id, Optional.of(c.id), c.sources, c.claims));
        }
    }

    @ApplicationScoped
    static class Memberships implements CitingRecords {

        @Override
        public String recordType() {
            return "membership";
        }

        @Override
        public Stream<CitingRecord> records(Optional<String> coalition, boolean withClaimsOnly) {
            Stream<Membership> found = coalition.map(id -> Membership.<Membership>list("coalitionId", id).stream())
                    .orElseGet(() -> Membership.<Membership>listAll().stream());
            return found.filter(m -> !withClaimsOnly || !m.claims.isEmpty())
                    .map(m -> new CitingRecord(recordType(), m.coalitionId + "/" + m.countryCode,
                            "/coalitions/" + m.coalitionId + "/members/" + m.countryCode, Optional.of(m.coalitionId), m.sources, m.claims));
        }
    }
}
