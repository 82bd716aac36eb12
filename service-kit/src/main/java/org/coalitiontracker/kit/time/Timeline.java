package org.coalitiontracker.kit.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import org.coalitiontracker.kit.problem.ProblemException;

/**
 * A value over world time — a record's stage, a member's role: steps oldest first, each
 * dated as precisely as the sources say, or undated when they give no date. The rules are the
 * same wherever a record keeps one (docs/api-decisions.md, "Two kinds of time"):
 * <ul>
 * <li>a write may send the whole timeline, the value alone, or both; a value other than the
 * last step's is added as a step of its own, dated by the record's first date when it is the
 * first step and undated otherwise (the write says what changed, not when); a timeline left
 * out keeps the stored one;</li>
 * <li>dated steps never go backwards (by the day each counts from), and a service may refuse a
 * change from one value to the next;</li>
 * <li>the value in force on a day is that of the last step whose date counts by then.</li>
 * </ul>
 */
public final class Timeline {

    /** One step of a timeline: the value it took, and when (null: the sources give no date). */
    public interface Step<V> {
        V value();

        PartialDate date();
    }

    /** The API's names, for the 422s: the value ({@code stage}), the timeline ({@code stageHistory}), a step's date ({@code on}). */
    public record Fields(String value, String steps, String date) {
    }

    /** A rule on consecutive values; refuses with a {@link ProblemException} naming {@code field}. */
    @FunctionalInterface
    public interface Transition<V> {
        void require(V from, V to, String field);

        static <V> Transition<V> any() {
            return (from, to, field) -> { };
        }
    }

    private Timeline() {
    }

    /**
     * The timeline a write gives: {@code given} (or, when null, {@code stored}) with {@code value}
     * added if it differs from the last step ({@code step} makes it, with {@code firstDate} when
     * it is the first step and no date otherwise). Refused (422) if empty, if it goes back in
     * time, or if {@code transition} refuses a change.
     */
    public static <V, S extends Step<V>> List<S> resolve(List<S> given, V value, List<S> stored, PartialDate firstDate,
            BiFunction<V, PartialDate, S> step, Fields fields, Transition<V> transition) {
        List<S> steps = new ArrayList<>(given == null ? stored : given);
        boolean added = false;
        if (value != null && (steps.isEmpty() || !Objects.equals(steps.get(steps.size() - 1).value(), value))) {
            steps.add(step.apply(value, steps.isEmpty() ? firstDate : null));
            added = true;
        }
        if (steps.isEmpty()) {
            throw ProblemException.ruleViolated(fields.value(), "Give `" + fields.value() + "` or `" + fields.steps() + "`.");
        }
        PartialDate latest = null;
        int latestAt = -1;
        for (int i = 0; i < steps.size(); i++) {
            S current = steps.get(i);
            boolean isAdded = added && i == steps.size() - 1;
            String at = fields.steps() + "[" + i + "]";
            if (i > 0) {
                transition.require(steps.get(i - 1).value(), current.value(), isAdded ? fields.value() : at + "." + fields.value());
            }
            if (current.date() != null) {
                if (latest != null && current.date().compareTo(latest) < 0) {
                    throw ProblemException.ruleViolated(at + "." + fields.date(), "A timeline never goes back in time: " + current.date()
                            + " is before " + fields.steps() + "[" + latestAt + "]." + fields.date() + ", " + latest + ".");
                }
                latest = current.date();
                latestAt = i;
            }
        }
        return List.copyOf(steps);
    }

    /** The value in force on {@code day}: that of the last step dated by then; empty before the first such step. */
    public static <V> Optional<V> valueOn(List<? extends Step<V>> timeline, LocalDate day) {
        Optional<V> value = Optional.empty();
        for (Step<V> step : timeline) {
            if (step.date() != null && step.date().countsOn(day)) {
                value = Optional.of(step.value());
            }
        }
        return value;
    }
}
