package org.coalitiontracker.events.readcopy;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.events.EventsServiceContract;
import org.coalitiontracker.kit.events.ReadCopies;

/** Which countries are active members of which coalitions, as this service's copy of countries-service's memberships has it. */
@ApplicationScoped
public class ActiveMemberships {

    private static final String ACTIVE = "ACTIVE";

    private final ReadCopies readCopies;

    public ActiveMemberships(ReadCopies readCopies) {
        this.readCopies = readCopies;
    }

    /** The membership key ({@code coalitionId/countryCode}), as countries-service keys its change events. */
    public static String key(String coalitionId, String countryCode) {
        return coalitionId + "/" + countryCode;
    }

    /** Of the given membership keys, those whose membership the copy has with status ACTIVE; one query whatever their number. */
    public Set<String> activeAmong(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        Map<String, String> statuses = readCopies.texts(List.of(
                new ReadCopies.FieldLookup(EventsServiceContract.MEMBERSHIPS, EventsServiceContract.MEMBERSHIP_STATUS, keys))).get(0);
        Set<String> active = new HashSet<>();
        statuses.forEach((key, status) -> {
            if (ACTIVE.equals(status)) {
                active.add(key);
            }
        });
        return active;
    }
}
