package org.coalitiontracker.countries.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A member's stances over time: every stance stated is kept, and on each topic the one stated
 * last is in force. An undated stance counts as stated before any dated one, and for no
 * {@code asOf} day (docs/api-decisions.md, "Two kinds of time").
 */
public final class Stances {

    /** Dated after undated; then by the day the date counts from; the list order breaks ties. */
    private static final Comparator<Stance> STATED = Comparator.comparing(Stance::statedOn, Comparator.nullsFirst(Comparator.naturalOrder()));

    private Stances() {
    }

    /** The stances stated by {@code day} (all, for the present). */
    public static List<Stance> statedBy(List<Stance> stances, Optional<LocalDate> day) {
        return day.map(d -> stances.stream().filter(s -> s.statedOn() != null && s.statedOn().countsOn(d)).toList()).orElse(stances);
    }

    /** Of {@code stances}, the one in force on each topic, in topic order. */
    public static List<Stance> inForce(List<Stance> stances) {
        Map<StanceTopic, Stance> latest = new LinkedHashMap<>();
        stances.stream().sorted(STATED).forEach(stance -> latest.put(stance.topic(), stance));
        return latest.values().stream().sorted(Comparator.comparing(Stance::topic)).toList();
    }
}
