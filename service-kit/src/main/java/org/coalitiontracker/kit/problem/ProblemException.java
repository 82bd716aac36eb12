package org.coalitiontracker.kit.problem;

import java.util.List;

/**
 * Thrown by resources and domain rules to answer with a problem. The message is shown to the
 * client as {@code detail}, so it must be written for them and never carry internal detail.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalidParameter(String parameter, String message) {
        return new ProblemException(ProblemType.INVALID_PARAMETER,
                "Query parameter '" + parameter + "' is invalid: " + message,
                List.of(new FieldError(parameter, message)));
    }

    /** A well-formed request that breaks a rule of the domain; {@code field} names what to fix. */
    public static ProblemException ruleViolated(String field, String message) {
        return new ProblemException(ProblemType.RULE_VIOLATED, message, List.of(new FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
