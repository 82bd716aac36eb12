package org.coalitiontracker.commitments.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.commitments.domain.CommitmentCategory;
import org.coalitiontracker.commitments.domain.CommitmentCondition;
import org.coalitiontracker.commitments.domain.CommitmentDetails;
import org.coalitiontracker.commitments.domain.CommitmentStatus;
import org.coalitiontracker.commitments.domain.StatusChange;
import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a client sets on a commitment: the whole body of a create (POST) or a full update (PUT). "
        + "The id, version and timestamps are the server's.")
public record CommitmentBody(
        @NotNull @Pattern(regexp = Identifiers.COUNTRY_CODE_PATTERN, message = Identifiers.COUNTRY_CODE_MESSAGE)
        @Schema(description = "The committing country, ISO 3166-1 alpha-2; accepted in any case, stored in upper case.", required = true, examples = "FR")
        String countryCode,
        @NotBlank @Size(max = Identifiers.SLUG_MAX_LENGTH) @Pattern(regexp = Identifiers.SLUG_PATTERN, message = Identifiers.SLUG_MESSAGE)
        @Schema(description = "The coalition committed to: its slug in countries-service.", required = true, examples = "coalition-of-the-willing")
        String coalitionId,
        @NotNull
        @Schema(description = "What kind of contribution it is.", required = true, examples = "GROUND_FORCES")
        CommitmentCategory category,
        @Schema(description = "Where the commitment stands now. Required unless `statusHistory` is given. A status other than the last of the "
                + "timeline is added to it as a new step: dated by `announcedOn` when it is the first, undated otherwise (send "
                + "`statusHistory` to date it). " + CommitmentStatus.TRANSITIONS, examples = "PLEDGED")
        CommitmentStatus status,
        @Size(max = 50)
        @Schema(description = "The statuses the commitment took in the world, oldest first, each dated as precisely as the sources say. "
                + "Replaces the stored timeline when given; left out (on POST, PUT or PATCH), the stored one stays. The status rules "
                + "apply from each step to the next, and dates never go backwards (422 naming `statusHistory[i]`). See "
                + "docs/api-decisions.md, \"Two kinds of time\".")
        List<@Valid @NotNull StatusChange> statusHistory,
        @Size(max = 4000)
        @Schema(description = "What is committed, in plain words.", examples = "Troops for a reassurance force in Ukraine once a ceasefire holds.")
        String description,
        @PositiveOrZero
        @Schema(description = "Number of military or civilian personnel, if the commitment has one; a whole number, 0 or more.", examples = "2000")
        Integer personnel,
        @Valid
        @Schema(description = "Money committed, if any.")
        MoneyAmount amount,
        @Size(max = 20)
        @Schema(description = "What the commitment depends on; each at most once, answered in a fixed order.", examples = "[\"US_BACKSTOP\", \"CEASEFIRE\"]")
        Set<@NotNull CommitmentCondition> conditions,
        @Size(max = 2000)
        @Schema(description = "The conditions in the sources' own terms, or what `OTHER` means.", examples = "Only after a ceasefire and with a US backstop.")
        String conditionNote,
        @Pattern(regexp = Identifiers.COUNTRY_CODE_PATTERN, message = Identifiers.COUNTRY_CODE_MESSAGE)
        @Schema(description = "Where the forces or assets would be stationed, ISO 3166-1 alpha-2 (`UA` for Ukraine, `PL` for a neighbouring "
                + "country); leave out for financing and for commitments at sea.", examples = "UA")
        String stationedIn,
        @Pattern(regexp = Identifiers.UUID_PATTERN, message = Identifiers.UUID_MESSAGE)
        @Schema(description = "The event (in events-service) where the commitment was announced, as a UUID.", examples = "6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f21")
        String announcedAtEventId,
        @Schema(description = "When the commitment was announced, as precisely as the sources say: `2025`, `2025-09` or `2025-09-04`.",
                examples = "2025-09-04")
        PartialDate announcedOn,
        @Size(max = 50)
        @Schema(description = "Published sources for the commitment.")
        List<@Valid @NotNull Source> sources,
        @Size(max = 100)
        @Schema(description = "What the sources say about the commitment's fields where they disagree or need citing, each claim with its "
                + "sources and rank (a claimed `status`, `personnel` or `announcedOn` is valid exactly as the field is); where they "
                + "disagree, the claims decide the field. See docs/api-decisions.md, \"Claims\".")
        List<@NotNull @Valid Claim> claims) {

    /**
     * The body a merge patch starts from: the stored timeline, no separate {@code status}, so
     * that a patch naming only {@code status} adds a step and one naming only {@code statusHistory} replaces it.
     */
    static CommitmentBody of(CommitmentDetails details) {
        return new CommitmentBody(details.countryCode(), details.coalitionId(), details.category(), null, details.statusHistory(),
                details.description(),
                details.personnel(), MoneyAmount.of(details.amount()), details.conditions(), details.conditionNote(), details.stationedIn(),
                details.announcedAtEventId() == null ? null : details.announcedAtEventId().toString(), details.announcedOn(), details.sources(), details.claims());
    }

    CommitmentDetails details() {
        return new CommitmentDetails(Identifiers.upperCase(countryCode), coalitionId, category, status, statusHistory, description, personnel,
                amount == null ? null : amount.toMoney(), conditions, conditionNote, Identifiers.upperCase(stationedIn),
                announcedAtEventId == null ? null : UUID.fromString(announcedAtEventId), announcedOn, sources, claims);
    }
}
