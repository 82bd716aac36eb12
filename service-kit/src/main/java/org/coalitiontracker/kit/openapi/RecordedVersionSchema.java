package org.coalitiontracker.kit.openapi;

import java.time.Instant;
import java.util.List;

import org.coalitiontracker.kit.history.RecordedVersion;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents one entry of a history in OpenAPI with its state typed. A resource declares
 * {@code class XxxVersion extends RecordedVersionSchema { public XxxView state; }} and a page of
 * them ({@code class XxxHistoryPage extends PageSchema { public List<XxxVersion> items; }}).
 */
public abstract class RecordedVersionSchema {

    @Schema(description = "The version number, as in the record's `ETag` and its change events.", examples = "3", required = true)
    public long version;

    @Schema(description = "CREATED for the first version (or the first after a deletion of the same key), UPDATED, or DELETED "
            + "(then `state` is absent).", required = true)
    public RecordedVersion.Operation operation;

    @Schema(description = "When the record took this version (record time).", examples = "2025-09-04T14:05:00Z", required = true)
    public Instant recordedAt;

    @Schema(description = "Who recorded it (the token's subject); absent for changes made by the service itself.", examples = "editor-anna")
    public String recordedBy;

    @Schema(description = "The fields whose value this version changed, in name order: all fields for CREATED, none for DELETED. "
            + "`version`, `createdAt`, `updatedAt` and `updatedBy` change every time and are never listed.", required = true)
    public List<String> changedFields;
}
