package org.coalitiontracker.kit.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The state of one read copy.")
public record ReadCopyStatus(
        @Schema(description = "The read copy, named after its topic (the name after its last dot).", examples = "orders")
        String readCopy,
        @Schema(description = "The Kafka topic it is filled from.", examples = "shop.orders")
        String topic,
        @Schema(description = "Records in the copy (deleted ones not counted).", examples = "31")
        long records,
        @Schema(description = "Change events on the topic not yet applied by this instance.", examples = "0")
        long lag,
        @Schema(description = "Whether this instance's copies have caught up with the topics since it started.", examples = "true")
        boolean caughtUp) {
}
