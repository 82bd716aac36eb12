package org.coalitiontracker.events.api;

import java.util.Optional;

import org.coalitiontracker.events.domain.TimeBound;
import org.coalitiontracker.kit.http.QueryParams;

/** Reads the bounds of the event list's time range: a date or an instant, each meaning something else. */
final class TimeParams {

    static final String FROM_DESCRIPTION = "Only events that start at or after this. A date (`2025-09-04`) is compared with the day "
            + "the event starts on in its own time zone (`startsOn`; a month-only `2025-09` counts from its last day). An instant with "
            + "offset (`2025-09-04T11:00:00+02:00`) is compared with `startsAt`, and for an event without `startsAt` its day in the "
            + "event's time zone with the start day.";
    static final String TO_DESCRIPTION = "Only events that start at or before this. A date (`2025-09-04`) includes that whole day: "
            + "events whose start day, in their own time zone, is on or before it (a month-only `2025-09` counts from its last day). "
            + "An instant with offset (`2025-09-04T11:00:00+02:00`) includes events starting exactly then, and events without "
            + "`startsAt` whose start day is on or before the instant's day in their time zone.";

    private TimeParams() {
    }

    static Optional<TimeBound> startBound(String name, String raw) {
        if (raw != null && raw.trim().length() == 10) {
            return QueryParams.date(name, raw).map(TimeBound::onDate);
        }
        return QueryParams.instantOrDate(name, raw).map(TimeBound::atInstant);
    }
}
