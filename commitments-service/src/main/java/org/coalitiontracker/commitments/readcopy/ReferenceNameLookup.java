package org.coalitiontracker.commitments.readcopy;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.commitments.CommitmentsServiceContract;
import org.coalitiontracker.commitments.domain.CommitmentSnapshot;
import org.coalitiontracker.kit.events.ReadCopies;
import org.coalitiontracker.kit.events.ReadCopies.FieldLookup;

/**
 * Finds, in the read copies, the names to show next to the codes and ids of commitments: one
 * query for a whole page, never one per commitment. What a copy does not hold yet is
 * simply left out; a name is shown, never relied on.
 */
@ApplicationScoped
public class ReferenceNameLookup {

    private final ReadCopies readCopies;

    public ReferenceNameLookup(ReadCopies readCopies) {
        this.readCopies = readCopies;
    }

    public ReferenceNames of(CommitmentSnapshot commitment) {
        return of(List.of(commitment));
    }

    /** The names for these commitments, from both copies in one query. */
    public ReferenceNames of(Collection<CommitmentSnapshot> commitments) {
        ReferenceNames names = new ReferenceNames(new HashMap<>(), new HashMap<>());
        lookUp(countryKeys(commitments), eventKeys(commitments), names);
        return names;
    }

    /**
     * For the batches of one export, read in one snapshot: each name is asked for once, by the
     * first batch that needs it, however many batches name it (a few hundred countries and events
     * stand behind any number of commitments). The names gathered grow with the distinct codes
     * and ids, not with the rows.
     */
    public Function<Collection<CommitmentSnapshot>, ReferenceNames> remembering() {
        ReferenceNames known = new ReferenceNames(new HashMap<>(), new HashMap<>());
        Set<String> askedCountries = new HashSet<>();
        Set<String> askedEvents = new HashSet<>();
        return commitments -> {
            Set<String> countries = countryKeys(commitments);
            Set<String> events = eventKeys(commitments);
            countries.removeAll(askedCountries);
            events.removeAll(askedEvents);
            lookUp(countries, events, known);
            askedCountries.addAll(countries);
            askedEvents.addAll(events);
            return known;
        };
    }

    private void lookUp(Set<String> countries, Set<String> events, ReferenceNames into) {
        if (countries.isEmpty() && events.isEmpty()) {
            return;
        }
        List<Map<String, String>> found = readCopies.texts(List.of(
                new FieldLookup(CommitmentsServiceContract.COUNTRIES, CommitmentsServiceContract.COUNTRY_NAME, countries),
                new FieldLookup(CommitmentsServiceContract.EVENTS, CommitmentsServiceContract.EVENT_TITLE, events)));
        into.countryNames().putAll(found.get(0));
        into.eventTitles().putAll(found.get(1));
    }

    private static Set<String> countryKeys(Collection<CommitmentSnapshot> commitments) {
        return commitments.stream().map(c -> c.details().countryCode()).filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
    }

    private static Set<String> eventKeys(Collection<CommitmentSnapshot> commitments) {
        return commitments.stream().map(c -> c.details().announcedAtEventId()).filter(Objects::nonNull).map(UUID::toString)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
