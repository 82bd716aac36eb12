package org.coalitiontracker.kit.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Refuses text containing U+0000. JSON allows it ({@code "\u0000"}) but PostgreSQL cannot
 * store it in a text column, so without this check such a request would fail in the database.
 */
final class NulFreeStringDeserializer extends StdScalarDeserializer<String> {

    NulFreeStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new ForbiddenCharacterException(parser);
        }
        return value;
    }
}
