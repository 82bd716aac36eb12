package org.coalitiontracker.commitments.readcopy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.coalitiontracker.commitments.CommitmentsServiceContract;
import org.coalitiontracker.commitments.domain.CommitmentDetails;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.events.ReadCopies;
import org.coalitiontracker.kit.problem.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether the country and event a commitment names allow it: only an ACTIVE member of the
 * coalition may commit, and the event it was announced at must exist. Decided from the read
 * copies of countries-service and events-service; when a copy cannot confirm, the owner is asked
 * (it may simply not have reached the copy yet), so a 422 means the owner itself said no, and an
 * owner that cannot be asked is a 503. Every create and update passes here.
 */
@ApplicationScoped
public class CommitmentReferences {

    private static final String ACTIVE = "ACTIVE";

    private final ReadCopies readCopies;

    public CommitmentReferences(ReadCopies readCopies) {
        this.readCopies = readCopies;
    }

    /** For a new commitment: everything it refers to. */
    public void requireAllowed(CommitmentDetails details) {
        requireActiveMember(details.coalitionId(), details.countryCode());
        requireExistingEvent(details.announcedAtEventId());
        requireClaimedReferences(details, List.of());
    }

    /**
     * For a change: only what it changes. A commitment stays valid when its country later leaves
     * the coalition, so editing its other fields must not be refused for that.
     */
    public void requireAllowedChange(CommitmentDetails before, CommitmentDetails after) {
        if (!Objects.equals(before.coalitionId(), after.coalitionId()) || !Objects.equals(before.countryCode(), after.countryCode())) {
            requireActiveMember(after.coalitionId(), after.countryCode());
        }
        if (!Objects.equals(before.announcedAtEventId(), after.announcedAtEventId())) {
            requireExistingEvent(after.announcedAtEventId());
        }
        requireClaimedReferences(after, before.claims());
    }

    /**
     * A claimed country or event is held to the field's own rule (docs/api-decisions.md,
     * "Claims"); like the fields, only claims the write adds are checked, so that a claim stays
     * valid when its country later leaves the coalition. Membership is asked only of a claim
     * that counts: a deprecated one can never become the commitment's country, and recording
     * that a report named the wrong country is what deprecating is for.
     */
    private void requireClaimedReferences(CommitmentDetails details, List<Claim> before) {
        for (int i = 0; i < details.claims().size(); i++) {
            Claim claim = details.claims().get(i);
            if (before.contains(claim) || !claim.value().isTextual()) {
                continue;
            }
            String at = "claims[" + i + "].value";
            if (claim.field().equals("countryCode") && claim.counts()) {
                requireActiveMember(details.coalitionId(), claim.value().asText().toUpperCase(Locale.ROOT), at);
            } else if (claim.field().equals("announcedAtEventId")) {
                requireExistingEvent(UUID.fromString(claim.value().asText()), at);
            }
        }
    }

    private void requireActiveMember(String coalitionId, String countryCode) {
        requireActiveMember(coalitionId, countryCode, "countryCode");
    }

    private void requireActiveMember(String coalitionId, String countryCode, String field) {
        boolean active = readCopies.confirm(CommitmentsServiceContract.MEMBERSHIPS, coalitionId + "/" + countryCode,
                        "/coalitions/" + coalitionId + "/members/" + countryCode, CommitmentReferences::isActive)
                .filter(CommitmentReferences::isActive)
                .isPresent();
        if (!active) {
            throw ProblemException.ruleViolated(field,
                    countryCode + " is not an ACTIVE member of coalition '" + coalitionId + "'; only active members can commit.");
        }
    }

    private void requireExistingEvent(UUID eventId) {
        requireExistingEvent(eventId, "announcedAtEventId");
    }

    private void requireExistingEvent(UUID eventId, String field) {
        if (eventId == null) {
            return;
        }
        String id = eventId.toString();
        if (readCopies.confirm(CommitmentsServiceContract.EVENTS, id, "/events/" + id, event -> true).isEmpty()) {
            throw ProblemException.ruleViolated(field, "There is no event " + id + ".");
        }
    }

    private static boolean isActive(JsonNode membership) {
        return ACTIVE.equals(CommitmentsServiceContract.MEMBERSHIP_STATUS.in(membership).asText());
    }
}
