package org.coalitiontracker.events.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.coalitiontracker.events.EventsServiceContract;
import org.coalitiontracker.events.readcopy.KnownCountries;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.events.AggregateChanged;
import org.coalitiontracker.kit.http.EntityVersions;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.export.Exports;
import org.coalitiontracker.kit.persistence.Filters;
import org.coalitiontracker.kit.persistence.Pages;
import org.coalitiontracker.kit.persistence.ReadOnly;
import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.time.PartialDate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Creating, changing and finding events and their participants: the only way they are written.
 * Every write announces the event as it is now (participants included, at its new version) as an
 * {@link AggregateChanged}, which the API layer records in the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional
public class EventService {


    /**
     * By the day the event starts (a month-only event on the month's last day), then by the
     * instant, an event known only to the day first on its day (nulls first), then by title and id.
     * Titles compare by code point ({@code ucs_basic}), not by the database's locale, so that the
     * order is the same in every deployment and in the list answered from the record's history
     * ({@link EventListing#ORDER}); the index {@code event_by_start} has the same collation.
     */
    private static final Sort LIST_ORDER = Sort.by("startsBy").and("startsAt", Sort.NullPrecedence.NULLS_FIRST)
            .and("collate(title as ucs_basic)").and("id").disableEscaping();

    private final KnownCountries knownCountries;
    private final jakarta.enterprise.event.Event<AggregateChanged<Event>> changes;

    public EventService(KnownCountries knownCountries, jakarta.enterprise.event.Event<AggregateChanged<Event>> changes) {
        this.knownCountries = knownCountries;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Event findReadOnly(UUID id) {
        return ReadOnly.query(Event.findWithParticipants(id)).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("There is no event '" + id + "'."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant findParticipantReadOnly(UUID eventId, String countryCode) {
        return participantOf(findReadOnly(eventId), countryCode);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Event> list(EventFilter filter, PageRequest page) {
        Filters filters = filters(filter);
        return Pages.fetch(Event.<Event>find(filters.where(), LIST_ORDER, filters.parameters()), page, e -> e);
    }

    /**
     * Every event {@link #list} answers for the filter over all its pages, in its order, from a
     * database cursor: for exports, which read it in their snapshot transaction and close it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stream<Event> stream(EventFilter filter) {
        Filters filters = filters(filter);
        return Exports.rows(Event.<Event>find(filters.where(), LIST_ORDER, filters.parameters()));
    }

    private static Filters filters(EventFilter filter) {
        return new Filters()
                .and("startsBy >= :fromDate", "fromDate", filter.from().flatMap(TimeBound::asDate))
                .and("(startsAt >= :fromInstant or startsAt is null and startsBy >= " + localDayOf("fromInstant") + ")",
                        "fromInstant", filter.from().flatMap(TimeBound::asInstant))
                .and("startsBy >= :fromNearDay", "fromNearDay", filter.from().flatMap(TimeBound::asInstant).map(i -> nearDay(i, -1)))
                .and("startsBy <= :toDate", "toDate", filter.to().flatMap(TimeBound::asDate))
                .and("(startsAt <= :toInstant or startsAt is null and startsBy <= " + localDayOf("toInstant") + ")",
                        "toInstant", filter.to().flatMap(TimeBound::asInstant))
                .and("startsBy <= :toNearDay", "toNearDay", filter.to().flatMap(TimeBound::asInstant).map(i -> nearDay(i, 1)))
                .and("kind = :kind", "kind", filter.kind())
                .and("format = :format", "format", filter.format())
                .and("status = :status", "status", filter.status())
                .and("(location.countryCode = :country or id in (select p.id.eventId from Participant p where p.id.countryCode = :country))",
                        "country", filter.country())
                .and("coalitionId = :coalition", "coalition", filter.coalition())
                .and("(lower(title) like :text escape '!' or lower(summary) like :text escape '!')", "text",
                        filter.text().map(EventService::containing))
                .and("updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }

    /**
     * The writes that name countries check them before their transaction begins: a check may
     * have to ask countries-service, and a write waiting for it must not hold a database
     * connection meanwhile. Every country an event names is checked on every write, whatever the
     * stored version says, so nothing checked then can be stale inside the transaction.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Event create(EventDetails details) {
        Checked checked = check(details);
        return QuarkusTransaction.requiringNew().call(() -> {
            Event event = new Event();
            event.id = UUID.randomUUID();
            apply(event, details, checked);
            event.persistAndFlush();
            announce(event);
            return event;
        });
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Event replace(UUID id, String ifMatch, EventDetails details) {
        EntityVersions.requireMatch(ifMatch, findReadOnly(id).version);
        Checked checked = check(details);
        return QuarkusTransaction.requiringNew().call(() -> {
            Event event = findForChange(id);
            EntityVersions.requireMatch(ifMatch, event.version);
            apply(event, details, checked);
            Event.flush();
            announce(event);
            return event;
        });
    }

    public void delete(UUID id, String ifMatch) {
        Event event = findForChange(id);
        EntityVersions.requireMatch(ifMatch, event.version);
        event.delete();
        changes.fire(AggregateChanged.deleted(EventsServiceContract.EVENTS, event.id.toString(), event.version));
    }

    /** Adds or replaces a participant; {@code If-Match} is checked against the event's version. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ParticipantWrite putParticipant(UUID eventId, String countryCode, String ifMatch, ParticipantDetails details) {
        EntityVersions.requireMatch(ifMatch, findReadOnly(eventId).version);
        String code = knownCountries.requireKnown("countryCode", countryCode);
        return QuarkusTransaction.requiringNew().call(() -> {
            Event event = findForChange(eventId);
            EntityVersions.requireMatch(ifMatch, event.version);
            Optional<Participant> existing = event.participant(code);
            Participant participant = existing.orElseGet(() -> event.addParticipant(code));
            participant.role = details.role();
            participant.attendance = details.attendance();
            participant.representedBy = details.representedBy();
            participant.notes = details.notes();
            participant.sources = copy(details.sources());
            participant.claims = details.claims() == null ? List.of() : List.copyOf(details.claims());
            event.participantsChanged();
            Event.flush();
            announce(event);
            return new ParticipantWrite(participant, existing.isEmpty());
        });
    }

    /** Removes a participant; returns the event at its new version. */
    public Event removeParticipant(UUID eventId, String countryCode, String ifMatch) {
        Event event = findForChange(eventId);
        EntityVersions.requireMatch(ifMatch, event.version);
        event.participants.remove(participantOf(event, countryCode));
        event.participantsChanged();
        Event.flush();
        announce(event);
        return event;
    }

    private Event findForChange(UUID id) {
        return Event.findWithParticipants(id).firstResultOptional().orElseThrow(() -> ProblemException.notFound("There is no event '" + id + "'."));
    }

    private void announce(Event event) {
        changes.fire(AggregateChanged.upserted(EventsServiceContract.EVENTS, event.id.toString(), event.version, event));
    }

    private static Participant participantOf(Event event, String countryCode) {
        return event.participant(countryCode.toUpperCase(Locale.ROOT)).orElseThrow(() -> ProblemException.notFound(
                "Event '" + event.id + "' has no participant '" + countryCode + "'."));
    }

    /** What a write's rules make of its details, decided before its transaction (see {@link #create}). */
    private record Checked(PartialDate startsOn, Location location) {
    }

    private Checked check(EventDetails details) {
        PartialDate startsOn = startDay(details);
        if (details.endsAt() != null) {
            if (details.startsAt() == null) {
                throw ProblemException.ruleViolated("endsAt", "needs startsAt: an end is only given with the hour the event starts");
            }
            if (details.endsAt().isBefore(details.startsAt())) {
                throw ProblemException.ruleViolated("endsAt", "must not be before startsAt ("
                        + details.startsAt().atZone(details.timeZone()).toOffsetDateTime() + ")");
            }
        }
        Location location = location(details.location());
        requireClaimedLocationsKnown(details.claims());
        return new Checked(startsOn, location);
    }

    private static void apply(Event event, EventDetails details, Checked checked) {
        event.title = details.title();
        event.kind = details.kind();
        event.format = details.format();
        event.status = details.status();
        event.startsOn = checked.startsOn();
        event.startsAt = details.startsAt();
        event.endsAt = details.endsAt();
        event.timeZone = details.timeZone();
        event.location = checked.location();
        event.coalitionId = details.coalitionId();
        event.summary = details.summary();
        event.sources = copy(details.sources());
        event.claims = details.claims() == null ? List.of() : List.copyOf(details.claims());
    }

    /**
     * The day the event starts in its time zone: the one given, which must be the local date of
     * {@code startsAt} when that is given too, or else that local date.
     */
    private static PartialDate startDay(EventDetails details) {
        if (details.startsAt() == null) {
            if (details.startsOn() == null) {
                throw ProblemException.ruleViolated("startsOn", "is required unless startsAt is given: the day the event starts, "
                        + "such as 2025-09-04, or its month, 2025-09");
            }
            return details.startsOn();
        }
        PartialDate day = PartialDate.of(details.startsAt().atZone(details.timeZone()).toLocalDate());
        if (details.startsOn() != null && !details.startsOn().equals(day)) {
            throw ProblemException.ruleViolated("startsOn", "must be the day startsAt falls on in " + details.timeZone().getId()
                    + " (" + day + "), or be left out");
        }
        return day;
    }

    /**
     * A claimed location names a country known to the copy, as the location itself must
     * (docs/api-decisions.md, "Claims").
     */
    private void requireClaimedLocationsKnown(List<Claim> claims) {
        for (int i = 0; claims != null && i < claims.size(); i++) {
            JsonNode code = claims.get(i).value().path("countryCode");
            if (claims.get(i).field().equals("location") && code.isTextual()) {
                knownCountries.requireKnown("claims[" + i + "].value.countryCode", code.asText());
            }
        }
    }

    private Location location(Location location) {
        if (location == null || location.isEmpty()) {
            return null;
        }
        String countryCode = location.countryCode() == null ? null : knownCountries.requireKnown("location.countryCode", location.countryCode());
        return new Location(location.venue(), location.city(), countryCode);
    }

    /**
     * The day an instant parameter falls on in the event's own time zone (PostgreSQL's
     * {@code timezone(zone, timestamptz)}): an instant bound compares it with the start day of an
     * event known only to the day or month.
     */
    private static String localDayOf(String parameter) {
        return "cast(function('timezone', timeZone, :" + parameter + ") as LocalDate)";
    }

    /**
     * Every time zone's day is within one day of UTC's (offsets run from −12:00 to +14:00), so an
     * instant bound also bounds the start day: a range on {@code starts_by} that the list's index
     * answers, before the exact test above, which its {@code or} keeps off the index.
     */
    private static LocalDate nearDay(Instant instant, int days) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(days);
    }

    /** A LIKE pattern for text anywhere, with the client's own wildcards taken literally. */
    private static String containing(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
