package org.coalitiontracker.countries.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.coalitiontracker.countries.domain.Bloc;
import org.coalitiontracker.countries.domain.Membership;
import org.coalitiontracker.countries.domain.MembershipRole;
import org.coalitiontracker.countries.domain.MembershipStatus;
import org.coalitiontracker.countries.domain.Stance;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.countries.readcopy.AttendedEvent;
import org.coalitiontracker.countries.readcopy.CommitmentSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A country's membership of a coalition.")
public record MembershipView(
        @Schema(description = "The coalition's id.", examples = "coalition-of-the-willing")
        String coalitionId,
        @Schema(description = "The member country's ISO 3166-1 alpha-2 code.", examples = "FR")
        String countryCode,
        @Schema(description = "The member country's name.", examples = "France")
        String countryName,
        @Schema(description = "The blocs the member country belongs to, sorted.")
        List<Bloc> blocs,
        @Schema(description = "The member's role in the coalition.")
        MembershipRole role,
        @Schema(description = "Where the membership stands.")
        MembershipStatus status,
        @Schema(description = "When the country joined, if known.", examples = "2025-03-02")
        LocalDate joinedOn,
        @Schema(description = "When the country left, if it did.", examples = "2025-10-01")
        LocalDate leftOn,
        @Schema(description = "The member's stated positions.")
        List<Stance> stances,
        @Schema(description = "Anything else worth knowing, such as where sources disagree.")
        String notes,
        @Schema(description = "Published sources for the membership.")
        List<Source> sources,
        @Schema(description = "Version, incremented on every change; the `ETag` carries it.", examples = "0")
        long version,
        @Schema(description = "When the record was created.", examples = "2025-09-01T08:00:00Z")
        Instant createdAt,
        @Schema(description = "When the record last changed.", examples = "2025-09-01T08:00:00Z")
        Instant updatedAt,
        @Schema(description = "Who made the last change: the subject of their token. Left out for records written before writes were "
                + "authenticated.", examples = "newsroom-importer")
        String updatedBy,
        @Schema(description = "Only on `GET` of a single member without `knownAt`: its commitments to the coalition, counted by "
                + "category and status, from this service's copy of commitments-service's data. Never in change events or the history.")
        CommitmentSummary commitmentSummary,
        @Schema(description = "Only on `GET` of a single member without `knownAt`: the events the country took part in, oldest "
                + "first, from this service's copy of events-service's data. Never in change events or the history.")
        List<AttendedEvent> events) {

    static MembershipView of(Membership membership) {
        return new MembershipView(membership.coalitionId, membership.countryCode, membership.country.name,
                membership.country.blocs.stream().sorted().toList(), membership.role, membership.status, membership.joinedOn,
                membership.leftOn, membership.stances, membership.notes, membership.sources, membership.version,
                membership.createdAt, membership.updatedAt, membership.updatedBy, null, null);
    }

    MembershipView withActivity(CommitmentSummary commitments, List<AttendedEvent> attended) {
        return new MembershipView(coalitionId, countryCode, countryName, blocs, role, status, joinedOn, leftOn, stances, notes, sources,
                version, createdAt, updatedAt, updatedBy, commitments, attended);
    }
}
