package org.coalitiontracker.kit.feed;

import java.time.Instant;

import org.coalitiontracker.kit.history.RecordedVersion;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One entry of the change feed: a version of a record, as the record's history keeps it. */
@Schema(name = "Change", description = "One committed change of a record this service owns: created, changed or deleted.")
public record Change(
        @Schema(description = "This change's place in the feed, opaque: pass it as `after` to continue after it. Valid for good.",
                examples = "a2l0LXRlc3QtYXBwOjQy", required = true)
        String cursor,
        @Schema(description = "The record's type: the aggregate type of the topic it is published on (see `/asyncapi.yaml`).",
                examples = "coalition", required = true)
        String type,
        @Schema(description = "The record's id, as its change events key it (for a part of a record, `parent/part`).",
                examples = "coalition-of-the-willing", required = true)
        String id,
        @Schema(description = "The record's version after the change, as in its `ETag` and change events; a record's versions appear in "
                + "increasing order.", examples = "3", required = true)
        long version,
        @Schema(description = "CREATED (the first version, or the first after a deletion of the same id), UPDATED or DELETED "
                + "(then `state` is absent).", required = true)
        RecordedVersion.Operation operation,
        @Schema(description = "When the record took this version (record time).", examples = "2025-09-04T14:05:00Z", required = true)
        Instant recordedAt,
        @Schema(description = "Who made the change (the token's subject); absent for changes made by the service itself.",
                examples = "editor-anna")
        String recordedBy,
        @Schema(type = SchemaType.OBJECT, description = "The full record as after the change, exactly as `GET` showed it and its change "
                + "event carried it; absent for a deletion.")
        @JsonRawValue
        String state) {
}
