package org.coalitiontracker.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** Text in a request body that the services refuse to store; the problem mapping names the field. */
public final class ForbiddenCharacterException extends JsonMappingException {

    ForbiddenCharacterException(JsonParser parser) {
        super(parser, "must not contain the NUL character (U+0000)");
    }
}
