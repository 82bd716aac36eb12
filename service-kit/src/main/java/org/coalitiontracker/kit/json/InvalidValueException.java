package org.coalitiontracker.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A value in a request body that is JSON of the right type but not one its field accepts: text
 * that cannot be stored as sent, a date that does not exist. Invalid like a Bean Validation
 * failure (422), and the problem mapping names the field.
 */
public final class InvalidValueException extends MismatchedInputException {

    public InvalidValueException(JsonParser parser, String message, Class<?> type) {
        super(parser, message, type);
    }
}
