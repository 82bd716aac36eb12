package org.coalitiontracker.kit.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The outcome of rebuilding a read copy from its topic.")
public record RebuildResult(
        @Schema(description = "The read copy rebuilt.", examples = "orders")
        String readCopy,
        @Schema(description = "Change events replayed from the topic.", examples = "31")
        long eventsApplied,
        @Schema(description = "Records that could not be read (they are in the dead-letter topic).", examples = "0")
        long recordsSkipped,
        @Schema(description = "Records in the copy afterwards (deleted ones not counted).", examples = "31")
        long records,
        @Schema(description = "How long the rebuild took, in milliseconds.", examples = "412")
        long tookMillis) {
}
