package org.coalitiontracker.commitments;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.commitments.api.CommitmentView;
import org.coalitiontracker.kit.events.ChangeEventContract;
import org.coalitiontracker.kit.events.StateField;
import org.coalitiontracker.kit.events.Topic;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What commitments-service publishes (commitments) and the read copies it keeps: countries (their
 * names), memberships (whether a country is an active member) and events (whether one exists, its
 * title). {@code readcopy.ReferenceNameLookup} and {@code readcopy.CommitmentReferences} read the
 * fields declared here.
 */
@ApplicationScoped
public class CommitmentsServiceContract implements ChangeEventContract {

    public static final Topic COMMITMENTS = new Topic("coalition-tracker.commitments", "commitment");
    public static final Topic COUNTRIES = new Topic("coalition-tracker.countries", "country");
    public static final Topic MEMBERSHIPS = new Topic("coalition-tracker.memberships", "membership");
    public static final Topic EVENTS = new Topic("coalition-tracker.events", "event");

    public static final StateField COUNTRY_NAME = StateField.of("name");
    public static final StateField MEMBERSHIP_STATUS = StateField.of("status");
    public static final StateField EVENT_TITLE = StateField.of("title");

    private final String countriesUrl;
    private final String eventsUrl;

    public CommitmentsServiceContract(
            @ConfigProperty(name = "coalition.owners.countries-url", defaultValue = "http://localhost:8082") String countriesUrl,
            @ConfigProperty(name = "coalition.owners.events-url", defaultValue = "http://localhost:8081") String eventsUrl) {
        this.countriesUrl = countriesUrl;
        this.eventsUrl = eventsUrl;
    }

    @Override
    public List<PublishedTopic> publishes() {
        return List.of(new PublishedTopic(COMMITMENTS, CommitmentView.class,
                "Commitments, without the country name and event title (other services' data). Key: the commitment's UUID."));
    }

    @Override
    public List<ConsumedTopic> consumes() {
        return List.of(
                new ConsumedTopic(COUNTRIES, countriesUrl, List.of(COUNTRY_NAME)),
                new ConsumedTopic(MEMBERSHIPS, countriesUrl, List.of(MEMBERSHIP_STATUS)),
                new ConsumedTopic(EVENTS, eventsUrl, List.of(EVENT_TITLE)));
    }
}
