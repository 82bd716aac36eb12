package org.coalitiontracker.commitments.readcopy;

import java.util.Map;
import java.util.UUID;

/** The country names and event titles the read copies hold for some commitments. */
public record ReferenceNames(Map<String, String> countryNames, Map<String, String> eventTitles) {

    public static final ReferenceNames NONE = new ReferenceNames(Map.of(), Map.of());

    public String countryName(String countryCode) {
        return countryCode == null ? null : countryNames.get(countryCode);
    }

    public String eventTitle(UUID eventId) {
        return eventId == null ? null : eventTitles.get(eventId.toString());
    }
}
