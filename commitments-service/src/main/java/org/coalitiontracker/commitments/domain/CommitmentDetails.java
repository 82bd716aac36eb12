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
import java.util.Set;
import java.util.UUID;

import org.coalitiontracker.kit.source.Source;

/**
 * The fields of a commitment that a client sets, whether on create or on update. Component names
 * are the JSON field names, so that the history can name what changed in the client's terms.
 */
public record CommitmentDetails(
        String countryCode,
        String coalitionId,
        CommitmentCategory category,
        CommitmentStatus status,
        String description,
        Integer personnel,
        Money amount,
        Set<CommitmentCondition> conditions,
        String conditionNote,
        String stationedIn,
        UUID announcedAtEventId,
        LocalDate announcedOn,
        List<Source> sources) {

    public CommitmentDetails {
        // Enum order, whatever order the client sent: equal sets compare and print equal.
        conditions = conditions == null || conditions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(conditions));
        sources = sources == null ? List.of() : List.copyOf(sources);
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
