package org.coalitiontracker.kit.problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

import org.coalitiontracker.kit.json.InvalidValueException;
import org.coalitiontracker.kit.time.PartialDate;

/**
 * Turns Jackson's failures to read a request body into a problem a client can act on: which
 * field, and what was expected there. Jackson's own messages name Java classes, so none of them
 * is passed on.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static ProblemException toProblem(JsonProcessingException failure) {
        if (failure instanceof InvalidValueException invalid) {
            String field = path(invalid);
            return new ProblemException(ProblemType.VALIDATION_FAILED, "The request has 1 invalid field.",
                    List.of(new FieldError(field, invalid.getOriginalMessage())));
        }
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String message = fieldMessage(mapping);
            return new ProblemException(ProblemType.MALFORMED_BODY,
                    "The request body has an invalid value at '" + field + "': " + message + ".",
                    List.of(new FieldError(field, message)));
        }
        if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new ProblemException(ProblemType.MALFORMED_BODY,
                    "The request body " + expected(mismatch.getTargetType()) + ".",
                    List.of(new FieldError("$", expected(mismatch.getTargetType()))));
        }
        if (failure instanceof StreamConstraintsException) {
            return new ProblemException(ProblemType.MALFORMED_BODY,
                    "The request body exceeds a size limit for a number, a string or the nesting depth.");
        }
        if (failure instanceof JsonEOFException) {
            return new ProblemException(ProblemType.MALFORMED_BODY, "The request body ends before the JSON document is complete.");
        }
        return new ProblemException(ProblemType.MALFORMED_BODY, "The request body is not valid JSON" + where(failure.getLocation()) + ".");
    }

    private static String fieldMessage(JsonMappingException mapping) {
        if (mapping instanceof PropertyBindingException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return known == null || known.isEmpty() ? "is not a known field"
                    : "is not a known field; known fields are " + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (mapping instanceof InvalidNullException) {
            return "must not be null";
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        if (mapping.getCause() instanceof InputCoercionException) {
            return "is out of range";
        }
        return "cannot be read";
    }

    static String expected(Class<?> target) {
        if (target.isEnum()) {
            return "must be one of " + Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        }
        if (target == java.util.UUID.class) {
            return "must be a UUID such as 3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11";
        }
        if (target == PartialDate.class) {
            return PartialDate.MESSAGE;
        }
        if (target == LocalDate.class) {
            return "must be a date such as 2025-09-04";
        }
        if (target == OffsetDateTime.class || target == ZonedDateTime.class || target == Instant.class) {
            return "must be an ISO 8601 date-time with offset such as 2025-09-04T11:00:00+02:00";
        }
        if (target == int.class || target == Integer.class || target == long.class || target == Long.class
                || target == short.class || target == Short.class) {
            return "must be a whole number";
        }
        if (target == BigDecimal.class || target == double.class || target == Double.class) {
            return "must be a number";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "must be true or false";
        }
        if (target == String.class || target == Character.class || target == char.class) {
            return "must be a string";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(target) || !target.isPrimitive()) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : mapping.getPath()) {
            if (step.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
