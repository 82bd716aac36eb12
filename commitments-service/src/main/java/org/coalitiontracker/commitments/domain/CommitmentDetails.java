package org.coalitiontracker.commitments.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;
import org.coalitiontracker.kit.time.Timeline;

/**
 * The fields of a commitment that a client sets, whether on create or on update. Component names
 * are the JSON field names, so that the history can name what changed in the client's terms.
 */
public record CommitmentDetails(
        String countryCode,
        String coalitionId,
        CommitmentCategory category,
        /** The latest status: the last step of {@link #statusHistory}. */
        CommitmentStatus status,
        /** Oldest first; see {@link Timeline}. In a write not yet resolved, null for "keep the stored one". */
        List<StatusChange> statusHistory,
        String description,
        Integer personnel,
        Money amount,
        Set<CommitmentCondition> conditions,
        String conditionNote,
        String stationedIn,
        UUID announcedAtEventId,
        PartialDate announcedOn,
        List<Source> sources,
        /** What the sources say about its fields (docs/api-decisions.md, "Claims"). */
        List<Claim> claims) {

    public CommitmentDetails {
        // Enum order, whatever order the client sent: equal sets compare and print equal.
        conditions = conditions == null || conditions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(conditions));
        sources = sources == null ? List.of() : List.copyOf(sources);
        claims = claims == null ? List.of() : List.copyOf(claims);
        statusHistory = statusHistory == null ? null : List.copyOf(statusHistory);
    }

    /**
     * These details as a write gives them, with the timeline resolved against the one stored
     * ({@code stored}; empty for a new commitment) by the rules of {@link Timeline}.
     */
    public CommitmentDetails withTimelineResolved(List<StatusChange> stored) {
        List<StatusChange> timeline = Timeline.resolve(statusHistory, status, stored, announcedOn, StatusChange::of, StatusChange.FIELDS,
                CommitmentStatus::requireCanBecome);
        return new CommitmentDetails(countryCode, coalitionId, category, timeline.get(timeline.size() - 1).status(), timeline, description,
                personnel, amount, conditions, conditionNote, stationedIn, announcedAtEventId, announcedOn, sources, claims);
    }

    /** As they stood in the world on {@code day}: the status then in force; empty if the timeline had not begun. */
    public Optional<CommitmentDetails> asOf(LocalDate day) {
        return Timeline.valueOn(statusHistory, day).map(then -> new CommitmentDetails(countryCode, coalitionId, category, then,
                statusHistory, description, personnel, amount, conditions, conditionNote, stationedIn, announcedAtEventId, announcedOn, sources, claims));
    }

    /** The fields whose value differs from {@code before}. */
    public List<String> changedSince(CommitmentDetails before) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : CommitmentDetails.class.getRecordComponents()) {
            if (!Objects.equals(value(component), before.value(component))) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    /** The fields that have a value, which is what a creation changes. */
    public List<String> fieldsWithValues() {
        List<String> set = new ArrayList<>();
        for (RecordComponent component : CommitmentDetails.class.getRecordComponents()) {
            Object value = value(component);
            if (value != null && !(value instanceof Collection<?> collection && collection.isEmpty())) {
                set.add(component.getName());
            }
        }
        return set;
    }

    private Object value(RecordComponent component) {
        try {
            return component.getAccessor().invoke(this);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
