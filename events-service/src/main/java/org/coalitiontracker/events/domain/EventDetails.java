package org.coalitiontracker.events.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.coalitiontracker.kit.source.Source;

/** The fields of an event that a client sets, whether on create or on update. */
public record EventDetails(String title, EventKind kind, EventFormat format, EventStatus status, Instant startsAt,
        Instant endsAt, ZoneId timeZone, Location location, String coalitionId, String summary, List<Source> sources) {
}
