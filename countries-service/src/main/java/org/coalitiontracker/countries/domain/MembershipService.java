package org.coalitiontracker.countries.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.coalitiontracker.countries.CountriesServiceContract;
import org.coalitiontracker.kit.events.AggregateChanged;
import org.coalitiontracker.kit.events.Tombstones;
import org.coalitiontracker.kit.http.EntityVersions;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.export.Exports;
import org.coalitiontracker.kit.persistence.Filters;
import org.coalitiontracker.kit.persistence.Pages;
import org.coalitiontracker.kit.persistence.ReadOnly;
import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.time.Timeline;

import io.quarkus.panache.common.Sort;

/** Who belongs to a coalition, when and in what role: adding, changing, ending and finding memberships. */
@ApplicationScoped
@Transactional
public class MembershipService {

    /** The result of a PUT: the membership as stored, and whether it is new. */
    public record Stored(Membership membership, boolean created) {
    }

    private final CoalitionService coalitions;
    private final CountryService countries;
    private final Event<AggregateChanged<Membership>> changes;
    private final Tombstones tombstones;

    public MembershipService(CoalitionService coalitions, CountryService countries, Event<AggregateChanged<Membership>> changes, Tombstones tombstones) {
        this.coalitions = coalitions;
        this.countries = countries;
        this.changes = changes;
        this.tombstones = tombstones;
    }

    /**
     * A membership is current on a date from its {@code joinedOn} (inclusive) to its {@code leftOn}
     * (exclusive); one without a {@code joinedOn} is current on no date, since when it began is unknown.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Membership> list(String coalitionId, MembershipFilter filter, PageRequest page) {
        Coalition coalition = coalitions.findReadOnly(coalitionId);
        Filters filters = filters(coalition.id, filter);
        return Pages.fetch(Membership.<Membership>find(filters.where(), Sort.by("countryCode"), filters.parameters()), page, m -> m);
    }

    /**
     * Every membership {@link #list} answers over all its pages, in its order, from a database
     * cursor (exports). It does not look for the coalition: an export, whose 200 is sent before it
     * reads, asks {@link CoalitionService#findReadOnly} first.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stream<Membership> stream(String coalitionId, MembershipFilter filter) {
        Filters filters = filters(coalitionId, filter);
        return Exports.rows(Membership.<Membership>find(filters.where(), Sort.by("countryCode"), filters.parameters()));
    }

    private static Filters filters(String coalitionId, MembershipFilter filter) {
        return new Filters()
                .and("coalitionId = :coalitionId", "coalitionId", Optional.of(coalitionId))
                // On a day in the world, the role then in force (computed as text); else the stored role (the enum).
                .and(filter.asOf().map(MembershipService::roleOnExpression).orElse("role") + " = :role", "role",
                        filter.role().<Object>map(role -> filter.asOf().isPresent() ? role.name() : role))
                .and("status = :status", "status", filter.status())
                .and(":bloc member of country.blocs", "bloc", filter.bloc())
                .and("joinedBy <= :asOf and (leftBy is null or leftBy > :asOf)", "asOf", filter.asOf())
                .and("updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }

    /**
     * The role in force on {@code day}, computed by the database from the timeline
     * ({@code membership_role_on}, migration V6). The day is written into the query (a
     * {@code LocalDate}, so nothing but a date gets there), as commitments-service does.
     */
    private static String roleOnExpression(LocalDate day) {
        return "cast(function('membership_role_on', roleHistory, {d '" + day + "'}) as String)";
    }

    /**
     * The role in force on {@code day}: that of the last step dated by then, or the first step's
     * when none is (the role the member joined in); null for no timeline.
     */
    public static MembershipRole roleOn(List<RoleChange> timeline, LocalDate day) {
        return Timeline.valueOn(timeline, day).orElse(timeline.isEmpty() ? null : timeline.get(0).role());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Membership findReadOnly(String coalitionId, String countryCode) {
        Coalition coalition = coalitions.findReadOnly(coalitionId);
        return countries.find(countryCode)
                .flatMap(country -> ReadOnly.findById(Membership.class, new Membership.Key(coalition.id, country.code)))
                .orElseThrow(() -> notAMember(countryCode, coalition.id));
    }

    /**
     * The key of the membership's change events and history ({@code coalitionId/FR}) for a country given by its alpha-2 or
     * alpha-3 code in any case, whether or not the membership or the coalition exists now. A code that names no country
     * gives a key that no membership ever had.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String eventKey(String coalitionId, String countryCode) {
        return Membership.eventKey(coalitionId, countries.find(countryCode).map(country -> country.code).orElse(countryCode));
    }

    /** Creates the membership, or replaces every field of the existing one. */
    public Stored put(String coalitionId, String countryCode, String ifMatch, MembershipDetails written) {
        Coalition coalition = coalitions.findForChange(coalitionId);
        Country country = memberCountry(countryCode);
        Optional<Membership> existing = find(coalition.id, country.code);
        if (existing.isPresent()) {
            EntityVersions.requireMatch(ifMatch, existing.get().version);
        } else {
            EntityVersions.requireNoneForNewResource(ifMatch);
        }
        MembershipDetails details = written.withTimelineResolved(existing.map(m -> m.roleHistory).orElse(List.of()));
        requireLeftOnNotBeforeJoinedOn(details);
        Membership membership = existing.orElseGet(() -> newMembership(coalition, country));
        apply(membership, details);
        if (existing.isPresent()) {
            Membership.flush();
        } else {
            membership.persistAndFlush();
        }
        changes.fire(AggregateChanged.upserted(CountriesServiceContract.MEMBERSHIPS, membership.eventKey(), membership.version, membership));
        return new Stored(membership, existing.isEmpty());
    }

    public void delete(String coalitionId, String countryCode, String ifMatch) {
        Membership membership = findForChange(coalitionId, countryCode);
        EntityVersions.requireMatch(ifMatch, membership.version);
        membership.delete();
        changes.fire(AggregateChanged.deleted(CountriesServiceContract.MEMBERSHIPS, membership.eventKey(), membership.version));
    }

    private Membership findForChange(String coalitionId, String countryCode) {
        Coalition coalition = coalitions.findForChange(coalitionId);
        return countries.find(countryCode)
                .flatMap(country -> find(coalition.id, country.code))
                .orElseThrow(() -> notAMember(countryCode, coalition.id));
    }

    private static ProblemException notAMember(String countryCode, String coalitionId) {
        return ProblemException.notFound("'" + countryCode + "' is not a member of coalition '" + coalitionId + "'.");
    }

    private Country memberCountry(String countryCode) {
        if (!CountryService.isWellFormedCode(countryCode)) {
            throw ProblemException.ruleViolated("countryCode", "must be an ISO 3166-1 alpha-2 or alpha-3 code, such as FR or FRA");
        }
        return countries.find(countryCode).orElseThrow(() -> ProblemException.ruleViolated("countryCode",
                "'" + countryCode + "' is not an ISO 3166-1 country code"));
    }

    private static void requireLeftOnNotBeforeJoinedOn(MembershipDetails details) {
        // Periods may overlap ("joined in March, left on 15 March"); only a leaving that ended before the joining began is refused.
        if (details.joinedOn() != null && details.leftOn() != null && details.leftOn().lastDay().isBefore(details.joinedOn().firstDay())) {
            throw ProblemException.ruleViolated("leftOn", "must not be before joinedOn (" + details.joinedOn() + ")");
        }
    }

    private static Optional<Membership> find(String coalitionId, String countryCode) {
        return Membership.findByIdOptional(new Membership.Key(coalitionId, countryCode));
    }

    private Membership newMembership(Coalition coalition, Country country) {
        Membership membership = new Membership();
        membership.coalitionId = coalition.id;
        membership.countryCode = country.code;
        membership.country = country;
        membership.startVersionsAt(tombstones.firstVersion(CountriesServiceContract.MEMBERSHIPS, membership.eventKey()));
        return membership;
    }

    private static void apply(Membership membership, MembershipDetails details) {
        membership.role = details.role();
        membership.roleHistory = new ArrayList<>(details.roleHistory());
        membership.status = details.status();
        membership.joinedOn = details.joinedOn();
        membership.leftOn = details.leftOn();
        membership.stances = details.stances() == null ? List.of() : List.copyOf(details.stances());
        membership.notes = details.notes();
        membership.sources = details.sources() == null ? List.of() : List.copyOf(details.sources());
        membership.claims = details.claims() == null ? List.of() : List.copyOf(details.claims());
    }
}
