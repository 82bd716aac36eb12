package org.coalitiontracker.kit.problem;

/**
 * The closed list of problems the services report. Each has a stable {@code type} URI that
 * clients may switch on, a fixed title and an HTTP status.
 */
public enum ProblemType {

    MALFORMED_BODY(400, "malformed-body", "Malformed request body"),
    INVALID_PARAMETER(400, "invalid-parameter", "Invalid parameter"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    VALIDATION_FAILED(422, "validation-failed", "Validation failed"),
    RULE_VIOLATED(422, "rule-violated", "Business rule violated"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
    INTERNAL_ERROR(500, "internal-error", "Internal server error");

    private static final String TYPE_PREFIX = "urn:coalition-tracker:problem:";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String typeUri() {
        return TYPE_PREFIX + slug;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != RULE_VIOLATED && type != INVALID_PARAMETER) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_BODY;
    }
}
