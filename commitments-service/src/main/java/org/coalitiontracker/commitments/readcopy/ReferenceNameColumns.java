package org.coalitiontracker.commitments.readcopy;

import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Embeddable;

import org.coalitiontracker.commitments.CommitmentsServiceContract;
import org.hibernate.annotations.Formula;

/**
 * The country name and event title the read copies hold for a commitment, read in the same select
 * as the commitment's row (a subselect each, by the copy's primary key), so that showing a
 * commitment takes one statement, not a second one for its names: that second statement was a
 * fifth of a GET one's CPU in the profile (issue 18). Read-only; Hibernate leaves the embeddable
 * null when the copies hold neither name.
 */
@Embeddable
public class ReferenceNameColumns {

    @Formula("(select c.state ->> '" + CommitmentsServiceContract.COUNTRY_NAME_KEY + "' from read_copy c where c.topic = '"
            + CommitmentsServiceContract.COUNTRIES_TOPIC + "' and c.aggregate_key = country_code)")
    public String countryName;

    @Formula("(select e.state ->> '" + CommitmentsServiceContract.EVENT_TITLE_KEY + "' from read_copy e where e.topic = '"
            + CommitmentsServiceContract.EVENTS_TOPIC + "' and e.aggregate_key = cast(announced_at_event_id as varchar))")
    public String eventTitle;

    /** The names of a commitment of this country and event; none for a row whose copies hold neither. */
    public static ReferenceNames of(ReferenceNameColumns columns, String countryCode, UUID eventId) {
        if (columns == null) {
            return ReferenceNames.NONE;
        }
        return new ReferenceNames(
                countryCode == null || columns.countryName == null ? Map.of() : Map.of(countryCode, columns.countryName),
                eventId == null || columns.eventTitle == null ? Map.of() : Map.of(eventId.toString(), columns.eventTitle));
    }
}
