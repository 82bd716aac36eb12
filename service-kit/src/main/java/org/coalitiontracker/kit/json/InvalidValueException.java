package org.coalitiontracker.kit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A value in a request body that cannot be stored as sent; the problem mapping names the field. */
public final class UnstorableValueException extends MismatchedInputException {

    UnstorableValueException(JsonParser parser, String message, Class<?> type) {
        super(parser, message, type);
    }
}
