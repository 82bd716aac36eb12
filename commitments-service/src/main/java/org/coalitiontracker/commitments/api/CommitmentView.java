package org.coalitiontracker.commitments.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.coalitiontracker.commitments.CommitmentsServiceContract;
import org.coalitiontracker.commitments.domain.Commitment;
import org.coalitiontracker.commitments.domain.CommitmentCategory;
import org.coalitiontracker.commitments.domain.CommitmentCondition;
import org.coalitiontracker.commitments.domain.CommitmentDetails;
import org.coalitiontracker.commitments.domain.CommitmentSnapshot;
import org.coalitiontracker.commitments.domain.CommitmentStatus;
import org.coalitiontracker.commitments.domain.StatusChange;
import org.coalitiontracker.commitments.readcopy.ReferenceNames;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.claims.Claims;
import org.coalitiontracker.kit.export.CsvColumns;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.events.StateField;
import org.coalitiontracker.kit.stored.JsonInsertions;
import org.coalitiontracker.kit.stored.StoredRepresentation;
import org.coalitiontracker.kit.stored.StoredRepresentations;
import org.coalitiontracker.kit.time.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.ObjectMapper;

@Schema(description = "A country's commitment to a coalition.")
public record CommitmentView(
        @Schema(description = "Identifier the server assigned.", examples = "3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11")
        UUID id,
        @Schema(description = "The committing country, ISO 3166-1 alpha-2.", examples = "FR")
        String countryCode,
        @Schema(description = "The country's name, from this service's copy of countries-service's countries: shown for convenience, "
                + "left out when the copy does not have it yet, and never in history snapshots or change events.", examples = "France")
        String countryName,
        @Schema(description = "The coalition committed to: its slug in countries-service.", examples = "coalition-of-the-willing")
        String coalitionId,
        @Schema(description = "What kind of contribution it is.", examples = "GROUND_FORCES")
        CommitmentCategory category,
        @Schema(description = "Where the commitment stands: the last step of `statusHistory`, or with `asOf` the step in force on that "
                + "day. " + CommitmentStatus.TRANSITIONS, examples = "PLEDGED")
        CommitmentStatus status,
        @Schema(description = "The statuses the commitment took in the world, oldest first, each dated as precisely as the sources say "
                + "(undated when they give no date).")
        List<StatusChange> statusHistory,
        @Schema(description = "What is committed, in plain words.")
        String description,
        @Schema(description = "Number of personnel, if the commitment has one.", examples = "2000")
        Integer personnel,
        @Schema(description = "Money committed, if any.")
        MoneyAmount amount,
        @Schema(description = "What the commitment depends on, in a fixed order.", examples = "[\"US_BACKSTOP\", \"CEASEFIRE\"]")
        Set<CommitmentCondition> conditions,
        @Schema(description = "The conditions in the sources' own terms.")
        String conditionNote,
        @Schema(description = "Where the forces or assets would be stationed, ISO 3166-1 alpha-2.", examples = "UA")
        String stationedIn,
        @Schema(description = "The event where the commitment was announced.", examples = "6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f21")
        UUID announcedAtEventId,
        @Schema(description = "The title of the event where the commitment was announced, from this service's copy of events-service's "
                + "events: shown for convenience, left out when there is no event or the copy does not have it yet, and never in history "
                + "snapshots or change events.", examples = "Coalition of the willing leaders' meeting, Paris")
        String eventTitle,
        @Schema(description = "When the commitment was announced, as precisely as the sources say.", examples = "2025-09-04")
        PartialDate announcedOn,
        @Schema(description = "Published sources for the commitment.")
        List<Source> sources,
        @Schema(description = Claims.CLAIMS_DESCRIPTION + " A commitment that rests on a single report may show it as a claim with one source.")
        List<Claim> claims,
        @Schema(description = Claims.DISPUTED_FIELDS_DESCRIPTION, examples = "[]")
        List<String> disputedFields,
        @Schema(description = "Version, incremented on every change; the `ETag` carries it and the history lists each one.", examples = "0")
        long version,
        @Schema(description = "When the record was created.", examples = "2025-09-04T10:15:00Z")
        Instant createdAt,
        @Schema(description = "When the record last changed (for a past version: when that version was written).", examples = "2025-09-04T10:15:00Z")
        Instant updatedAt,
        @Schema(description = "Who made the last change (for a past version: who wrote it): the subject of their token. "
                + "Left out for records written before writes were authenticated.", examples = "newsroom-importer")
        String updatedBy) {

    /** The CSV export's columns: the fields in order, money as `amount` and `currency` (kit.export.CsvColumns). */
    static final CsvColumns<CommitmentView> CSV = CsvColumns.of(CommitmentView.class)
            .value("id", CommitmentView::id)
            .value("countryCode", CommitmentView::countryCode)
            .value("countryName", CommitmentView::countryName)
            .value("coalitionId", CommitmentView::coalitionId)
            .value("category", CommitmentView::category)
            .value("status", CommitmentView::status)
            .json("statusHistory", CommitmentView::statusHistory)
            .value("description", CommitmentView::description)
            .value("personnel", CommitmentView::personnel)
            .money("amount", "currency", CommitmentView::amount, MoneyAmount::amount, MoneyAmount::currency)
            .list("conditions", CommitmentView::conditions)
            .value("conditionNote", CommitmentView::conditionNote)
            .value("stationedIn", CommitmentView::stationedIn)
            .value("announcedAtEventId", CommitmentView::announcedAtEventId)
            .value("eventTitle", CommitmentView::eventTitle)
            .value("announcedOn", CommitmentView::announcedOn)
            .json("sources", CommitmentView::sources)
            .json("claims", CommitmentView::claims)
            .list("disputedFields", CommitmentView::disputedFields)
            .value("version", CommitmentView::version)
            .value("createdAt", CommitmentView::createdAt)
            .value("updatedAt", CommitmentView::updatedAt)
            .value("updatedBy", CommitmentView::updatedBy);

    /** The read copies' names GET one shows, read in the statement that reads the stored representation (kit.stored). */
    static final List<StoredRepresentations.Reference> NAMES = List.of(
            new StoredRepresentations.Reference(StateField.of("countryCode"), CommitmentsServiceContract.COUNTRIES, CommitmentsServiceContract.COUNTRY_NAME),
            new StoredRepresentations.Reference(StateField.of("announcedAtEventId"), CommitmentsServiceContract.EVENTS,
                    CommitmentsServiceContract.EVENT_TITLE));

    /**
     * The commitment's stored representation (its change event's JSON), read with its {@link #NAMES},
     * as answered to clients: the same text {@link #of(CommitmentSnapshot, ReferenceNames)} serialises to.
     */
    static String withNames(StoredRepresentation stored, ObjectMapper mapper) {
        JsonInsertions json = JsonInsertions.of(mapper, stored.json());
        json.root().put("countryName", stored.referenced().get(0).orElse(null)).put("eventTitle", stored.referenced().get(1).orElse(null));
        return json.json();
    }

    /** The commitment's own representation, as published in its change events. */
    static CommitmentView of(Commitment commitment) {
        return of(commitment.snapshot());
    }

    static CommitmentView of(CommitmentSnapshot snapshot) {
        return of(snapshot, ReferenceNames.NONE);
    }

    /** As answered to clients: with the names the read copies have for its country and event. */
    static CommitmentView of(CommitmentSnapshot snapshot, ReferenceNames names) {
        CommitmentDetails details = snapshot.details();
        return new CommitmentView(snapshot.id(), details.countryCode(), names.countryName(details.countryCode()), details.coalitionId(),
                details.category(), details.status(), details.statusHistory(), details.description(), details.personnel(), MoneyAmount.of(details.amount()),
                details.conditions(), details.conditionNote(), details.stationedIn(), details.announcedAtEventId(),
                names.eventTitle(details.announcedAtEventId()), details.announcedOn(), details.sources(), details.claims(),
                Claims.disputedFields(details.claims()), snapshot.version(),
                snapshot.createdAt(), snapshot.updatedAt(), snapshot.updatedBy());
    }
}
