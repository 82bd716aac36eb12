package org.coalitiontracker.events;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.events.api.AnnouncedCommitment;
import org.coalitiontracker.events.api.EventView;
import org.coalitiontracker.kit.events.ChangeEventContract;
import org.coalitiontracker.kit.events.StateField;
import org.coalitiontracker.kit.events.Topic;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What events-service publishes (events, with their participants) and the read copies it keeps:
 * countries (only whether a code exists), memberships (whether a participant is an active member)
 * and commitments (those announced at an event, answered as {@link AnnouncedCommitment} describes
 * them, so every field of that record is one this service reads). {@code readcopy.*} build their
 * SQL from the fields declared here.
 */
@ApplicationScoped
public class EventsServiceContract implements ChangeEventContract {

    public static final Topic EVENTS = new Topic("coalition-tracker.events", "event");
    public static final Topic COUNTRIES = new Topic("coalition-tracker.countries", "country");
    public static final Topic MEMBERSHIPS = new Topic("coalition-tracker.memberships", "membership");
    public static final Topic COMMITMENTS = new Topic("coalition-tracker.commitments", "commitment");

    public static final StateField MEMBERSHIP_STATUS = StateField.of("status");
    public static final StateField COMMITMENT_ID = StateField.of("id");
    public static final StateField COMMITMENT_COUNTRY = StateField.of("countryCode");
    public static final StateField COMMITMENT_CATEGORY = StateField.of("category");
    public static final StateField COMMITMENT_EVENT = StateField.of("announcedAtEventId");

    private final String countriesUrl;
    private final String commitmentsUrl;

    public EventsServiceContract(@ConfigProperty(name = "coalition.owners.countries-url", defaultValue = "http://localhost:8082") String countriesUrl,
            @ConfigProperty(name = "coalition.owners.commitments-url", defaultValue = "http://localhost:8083") String commitmentsUrl) {
        this.countriesUrl = countriesUrl;
        this.commitmentsUrl = commitmentsUrl;
    }

    @Override
    public List<PublishedTopic> publishes() {
        return List.of(new PublishedTopic(EVENTS, EventView.class,
                "Events with their participants (without `member`, which this service derives from its copies). Key: the event's UUID."));
    }

    @Override
    public List<ConsumedTopic> consumes() {
        Set<StateField> commitmentFields = new LinkedHashSet<>(List.of(COMMITMENT_ID, COMMITMENT_COUNTRY, COMMITMENT_CATEGORY, COMMITMENT_EVENT));
        Arrays.stream(AnnouncedCommitment.class.getRecordComponents()).forEach(c -> commitmentFields.add(StateField.of(c.getName())));
        return List.of(
                new ConsumedTopic(COUNTRIES, countriesUrl, List.of()),
                new ConsumedTopic(MEMBERSHIPS, countriesUrl, List.of(MEMBERSHIP_STATUS)),
                new ConsumedTopic(COMMITMENTS, commitmentsUrl, List.copyOf(commitmentFields)));
    }
}
