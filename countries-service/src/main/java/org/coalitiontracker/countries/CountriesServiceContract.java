package org.coalitiontracker.countries;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.countries.api.CoalitionView;
import org.coalitiontracker.countries.api.CountryView;
import org.coalitiontracker.countries.api.MembershipView;
import org.coalitiontracker.kit.events.ChangeEventContract;
import org.coalitiontracker.kit.events.StateField;
import org.coalitiontracker.kit.events.Topic;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What countries-service publishes (countries, coalitions, memberships) and the read copies it
 * keeps (commitments and events, for a member's activity), with the fields it reads from them
 * ({@code readcopy.MemberActivity} builds its SQL from these).
 */
@ApplicationScoped
public class CountriesServiceContract implements ChangeEventContract {

    public static final Topic COUNTRIES = new Topic("coalition-tracker.countries", "country");
    public static final Topic COALITIONS = new Topic("coalition-tracker.coalitions", "coalition");
    public static final Topic MEMBERSHIPS = new Topic("coalition-tracker.memberships", "membership");
    public static final Topic EVENTS = new Topic("coalition-tracker.events", "event");
    public static final Topic COMMITMENTS = new Topic("coalition-tracker.commitments", "commitment");

    public static final StateField COMMITMENT_CATEGORY = StateField.of("category");
    public static final StateField COMMITMENT_STATUS = StateField.of("status");
    public static final StateField COMMITMENT_COALITION = StateField.of("coalitionId");
    public static final StateField COMMITMENT_COUNTRY = StateField.of("countryCode");

    public static final StateField EVENT_ID = StateField.of("id");
    public static final StateField EVENT_TITLE = StateField.of("title");
    public static final StateField EVENT_STARTS_AT = StateField.of("startsAt");
    public static final StateField EVENT_STARTS_ON = StateField.of("startsOn");
    public static final StateField EVENT_COALITION = StateField.of("coalitionId");
    public static final StateField EVENT_PARTICIPANTS = StateField.of("participants");
    public static final StateField PARTICIPANT_COUNTRY = EVENT_PARTICIPANTS.element("countryCode");
    public static final StateField PARTICIPANT_ROLE = EVENT_PARTICIPANTS.element("role");
    public static final StateField PARTICIPANT_ATTENDANCE = EVENT_PARTICIPANTS.element("attendance");

    private final String eventsUrl;
    private final String commitmentsUrl;

    public CountriesServiceContract(@ConfigProperty(name = "coalition.owners.events-url", defaultValue = "http://localhost:8081") String eventsUrl,
            @ConfigProperty(name = "coalition.owners.commitments-url", defaultValue = "http://localhost:8083") String commitmentsUrl) {
        this.eventsUrl = eventsUrl;
        this.commitmentsUrl = commitmentsUrl;
    }

    @Override
    public List<PublishedTopic> publishes() {
        return List.of(
                new PublishedTopic(COUNTRIES, CountryView.class, "Countries (ISO 3166-1 reference data, names, aliases, blocs). Key: the alpha-2 code."),
                new PublishedTopic(COALITIONS, CoalitionView.class, "Coalitions. Key: the coalition's slug."),
                new PublishedTopic(MEMBERSHIPS, MembershipView.class, "Memberships of countries in coalitions. Key: `coalitionId/countryCode`."));
    }

    @Override
    public List<ConsumedTopic> consumes() {
        return List.of(
                new ConsumedTopic(EVENTS, eventsUrl, List.of(EVENT_ID, EVENT_TITLE, EVENT_STARTS_ON, EVENT_STARTS_AT, EVENT_COALITION, EVENT_PARTICIPANTS,
                        PARTICIPANT_COUNTRY, PARTICIPANT_ROLE, PARTICIPANT_ATTENDANCE)),
                new ConsumedTopic(COMMITMENTS, commitmentsUrl, List.of(COMMITMENT_CATEGORY, COMMITMENT_STATUS, COMMITMENT_COALITION, COMMITMENT_COUNTRY)));
    }
}
