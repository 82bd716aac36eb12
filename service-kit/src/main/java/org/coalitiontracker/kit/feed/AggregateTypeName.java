package org.coalitiontracker.kit.feed;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Only documents the values of {@code GET /changes?type=}: an aggregate type's name. */
@Schema(name = "AggregateTypeName", type = SchemaType.STRING, pattern = "^[A-Za-z][A-Za-z0-9_-]*$", maxLength = 100,
        description = "The name of an aggregate type this service publishes (see `/asyncapi.yaml`), in any case.", examples = "coalition")
final class AggregateTypeName {

    private AggregateTypeName() {
    }
}
