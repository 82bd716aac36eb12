package org.coalitiontracker.countries.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.coalitiontracker.countries.CountriesServiceContract;
import org.coalitiontracker.kit.events.AggregateChanged;
import org.coalitiontracker.kit.events.Tombstones;
import org.coalitiontracker.kit.http.EntityVersions;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.persistence.Filters;
import org.coalitiontracker.kit.persistence.Pages;
import org.coalitiontracker.kit.persistence.ReadOnly;
import org.coalitiontracker.kit.problem.ProblemException;

import io.quarkus.panache.common.Sort;

/** Creating, changing and finding coalitions. */
@ApplicationScoped
@Transactional
public class CoalitionService {

    /**
     * Ids compare by code point ({@code ucs_basic}), not by the database's locale (which may pass
     * over the hyphens of a slug): the same order in every deployment, and the one the list at
     * {@code knownAt} has in Java.
     */
    private static final Sort ID_ORDER = Sort.by("collate(id as ucs_basic)").disableEscaping();

    private final Event<AggregateChanged<Coalition>> changes;
    private final Event<AggregateChanged<Membership>> membershipChanges;
    private final Tombstones tombstones;

    public CoalitionService(Event<AggregateChanged<Coalition>> changes, Event<AggregateChanged<Membership>> membershipChanges, Tombstones tombstones) {
        this.changes = changes;
        this.membershipChanges = membershipChanges;
        this.tombstones = tombstones;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Coalition findReadOnly(String id) {
        return ReadOnly.findById(Coalition.class, id).orElseThrow(() -> notFound(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Coalition> list(CoalitionFilter filter, PageRequest page) {
        Filters filters = new Filters()
                .and("(lower(name) like :text or lower(id) like :text)", "text", filter.text().map(t -> "%" + t.toLowerCase() + "%"))
                .and("launchedBy <= :asOf", "asOf", filter.asOf())
                .and("updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
        return Pages.fetch(Coalition.<Coalition>find(filters.where(), ID_ORDER, filters.parameters()), page, c -> c);
    }

    public Coalition create(String id, CoalitionDetails details) {
        if (Coalition.findById(id) != null) {
            throw ProblemException.conflict("A coalition with id '" + id + "' already exists.");
        }
        Coalition coalition = new Coalition();
        coalition.id = id;
        coalition.startVersionsAt(tombstones.firstVersion(CountriesServiceContract.COALITIONS, id));
        apply(coalition, details);
        coalition.persistAndFlush();
        changes.fire(AggregateChanged.upserted(CountriesServiceContract.COALITIONS, coalition.id, coalition.version, coalition));
        return coalition;
    }

    public Coalition replace(String id, String ifMatch, CoalitionDetails details) {
        Coalition coalition = findForChange(id);
        EntityVersions.requireMatch(ifMatch, coalition.version);
        apply(coalition, details);
        Coalition.flush();
        changes.fire(AggregateChanged.upserted(CountriesServiceContract.COALITIONS, coalition.id, coalition.version, coalition));
        return coalition;
    }

    public void delete(String id, String ifMatch) {
        Coalition coalition = findForChange(id);
        EntityVersions.requireMatch(ifMatch, coalition.version);
        // The database removes its memberships with it; their copies elsewhere must go too.
        for (Membership membership : Membership.<Membership>list("coalitionId", coalition.id)) {
            membershipChanges.fire(AggregateChanged.deleted(CountriesServiceContract.MEMBERSHIPS, membership.eventKey(), membership.version));
        }
        coalition.delete();
        changes.fire(AggregateChanged.deleted(CountriesServiceContract.COALITIONS, coalition.id, coalition.version));
    }

    /** The managed coalition, for a write here or in {@link MembershipService}. */
    Coalition findForChange(String id) {
        return Coalition.<Coalition>findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("There is no coalition '" + id + "'.");
    }

    private static void apply(Coalition coalition, CoalitionDetails details) {
        coalition.name = details.name();
        coalition.description = details.description();
        coalition.launchedOn = details.launchedOn();
        coalition.sources = details.sources() == null ? List.of() : List.copyOf(details.sources());
        coalition.claims = details.claims() == null ? List.of() : List.copyOf(details.claims());
    }
}
