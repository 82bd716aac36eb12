package org.coalitiontracker.events.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.coalitiontracker.kit.claims.Claim;
import org.coalitiontracker.kit.source.Source;
import org.coalitiontracker.kit.time.PartialDate;

/**
 * The fields of an event that a client sets, whether on create or on update. {@code startsOn} may be
 * null when {@code startsAt} is given (it is then the local date of {@code startsAt}).
 */
public record EventDetails(String title, EventKind kind, EventFormat format, EventStatus status, PartialDate startsOn,
        Instant startsAt, Instant endsAt, ZoneId timeZone, Location location, String coalitionId, String summary, List<Source> sources,
        List<Claim> claims) {
}
