package org.coalitiontracker.countries.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.coalitiontracker.countries.domain.Bloc;
import org.coalitiontracker.countries.domain.Membership;
import org.coalitiontracker.countries.domain.MembershipRole;
import org.coalitiontracker.countries.domain.MembershipStatus;
import org.coalitiontracker.countries.domain.MembershipService;
import org.coalitiontracker.countries.domain.RoleChange;
import org.coalitiontracker.countries.domain.Stance;
import org.coalitiontracker.countries.domain.Stances;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.claims.Claims;
import org.coalitiontracker.kit.export.CsvColumns;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.countries.readcopy.AttendedEvent;
import org.coalitiontracker.countries.readcopy.CommitmentSummary;
import org.coalitiontracker.kit.time.PartialDate;
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
        @Schema(description = "The member's role: the last step of `roleHistory`, or with `asOf` the role in force on that day.")
        MembershipRole role,
        @Schema(description = "The roles the member held in the world, oldest first, each from the date the sources give (undated when "
                + "they give none).")
        List<RoleChange> roleHistory,
        @Schema(description = "Where the membership stands.")
        MembershipStatus status,
        @Schema(description = "When the country joined, if known, as precisely as the sources say.", examples = "2025-03-02")
        PartialDate joinedOn,
        @Schema(description = "When the country left, if it did, as precisely as the sources say.", examples = "2025-10-01")
        PartialDate leftOn,
        @Schema(description = "Every position the member stated (with `asOf`, those stated by that day), superseded ones included.")
        List<Stance> stances,
        @Schema(description = "Of `stances`, the one in force on each topic: the one stated last (now, or by the `asOf` day), in topic "
                + "order. An undated stance counts as stated before any dated one.")
        List<Stance> stancesInForce,
        @Schema(description = "Anything else worth knowing, such as where sources disagree.")
        String notes,
        @Schema(description = "Published sources for the membership.")
        List<Source> sources,
        @Schema(description = Claims.CLAIMS_DESCRIPTION + " A membership that rests on a single report shows it as a claim with one source.")
        List<Claim> claims,
        @Schema(description = Claims.DISPUTED_FIELDS_DESCRIPTION, examples = "[]")
        List<String> disputedFields,
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

    /**
     * The CSV export's columns (kit.export.CsvColumns): blocs joined by `|`, the timelines, stances,
     * sources and claims as JSON; `commitmentSummary` and `events`, never in a list, are not columns.
     */
    static final CsvColumns<MembershipView> CSV = CsvColumns.of(MembershipView.class)
            .value("coalitionId", MembershipView::coalitionId)
            .value("countryCode", MembershipView::countryCode)
            .value("countryName", MembershipView::countryName)
            .list("blocs", MembershipView::blocs)
            .value("role", MembershipView::role)
            .json("roleHistory", MembershipView::roleHistory)
            .value("status", MembershipView::status)
            .value("joinedOn", MembershipView::joinedOn)
            .value("leftOn", MembershipView::leftOn)
            .json("stances", MembershipView::stances)
            .json("stancesInForce", MembershipView::stancesInForce)
            .value("notes", MembershipView::notes)
            .json("sources", MembershipView::sources)
            .json("claims", MembershipView::claims)
            .list("disputedFields", MembershipView::disputedFields)
            .value("version", MembershipView::version)
            .value("createdAt", MembershipView::createdAt)
            .value("updatedAt", MembershipView::updatedAt)
            .value("updatedBy", MembershipView::updatedBy);

    static MembershipView of(Membership membership) {
        return of(membership, Optional.empty());
    }

    /** As it stood in the world on {@code asOf} (the role and stances then in force), or now. */
    static MembershipView of(Membership membership, Optional<LocalDate> asOf) {
        MembershipRole role = asOf.map(day -> MembershipService.roleOn(membership.roleHistory, day)).orElse(membership.role);
        List<Stance> stated = Stances.statedBy(membership.stances, asOf);
        return new MembershipView(membership.coalitionId, membership.countryCode, membership.country.name,
                membership.country.blocs.stream().sorted().toList(), role, membership.roleHistory, membership.status, membership.joinedOn,
                membership.leftOn, stated, Stances.inForce(stated), membership.notes, membership.sources, membership.claims,
                Claims.disputedFields(membership.claims), membership.version,
                membership.createdAt, membership.updatedAt, membership.updatedBy, null, null);
    }

    /**
     * This state as it stood in the world on {@code day}: the role and stances then in force; empty
     * if the country was not a member that day. For a state the record held (whose stances are all
     * those stated then).
     */
    Optional<MembershipView> asOf(LocalDate day) {
        boolean member = joinedOn != null && joinedOn.countsOn(day) && (leftOn == null || !leftOn.countsOn(day));
        if (!member) {
            return Optional.empty();
        }
        List<Stance> stated = Stances.statedBy(stances == null ? List.of() : stances, Optional.of(day));
        // A state recorded before roles had a timeline has none: its role is all it says.
        MembershipRole then = roleHistory == null || roleHistory.isEmpty() ? role : MembershipService.roleOn(roleHistory, day);
        return Optional.of(new MembershipView(coalitionId, countryCode, countryName, blocs, then,
                roleHistory, status, joinedOn, leftOn, stated, Stances.inForce(stated), notes, sources, claims, disputedFields, version, createdAt, updatedAt,
                updatedBy, commitmentSummary, events));
    }

    MembershipView withActivity(CommitmentSummary commitments, List<AttendedEvent> attended) {
        return new MembershipView(coalitionId, countryCode, countryName, blocs, role, roleHistory, status, joinedOn, leftOn, stances,
                stancesInForce, notes, sources, claims, disputedFields, version, createdAt, updatedAt, updatedBy, commitments, attended);
    }
}
