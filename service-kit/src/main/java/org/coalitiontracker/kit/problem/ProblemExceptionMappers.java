package org.coalitiontracker.kit.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.Priorities;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.kit.http.AllowedMethods;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Maps every failure to an RFC 9457 problem. Client mistakes get a 4xx naming what to fix; an
 * unreachable database a 503 with {@code Retry-After}; anything else a 500 with a reference to
 * the log line and no internal detail.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final String POSTGRES_UNIQUE_VIOLATION = "23505";
    /** Text PostgreSQL cannot store (a NUL character in a path or query parameter, say). */
    private static final Set<String> POSTGRES_UNSTORABLE_TEXT = Set.of("22021", "22P05");
    /** SQLState class 08 (connection exception) and the server shutting down or starting. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> POSTGRES_NOT_AVAILABLE = Set.of("57P01", "57P02", "57P03");
    /** Requests that change nothing, so that failing midway leaves nothing to wonder about. */
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @ServerExceptionMapper
    public Response problem(ProblemException problem, UriInfo uriInfo) {
        return ProblemResponses.of(problem, uriInfo);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException failure, UriInfo uriInfo) {
        return ProblemResponses.of(JsonProblems.toProblem(failure), uriInfo);
    }

    /** Declared on its own so that it takes precedence over Quarkus' built-in mapper for this type. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedJson(MismatchedInputException failure, UriInfo uriInfo) {
        return unreadableJson(failure, uriInfo);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException failure, UriInfo uriInfo) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : failure.getConstraintViolations()) {
            if (isReturnValue(violation.getPropertyPath())) {
                return unexpected(failure, uriInfo);
            }
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        String detail = errors.size() == 1 ? "The request has 1 invalid field." : "The request has " + errors.size() + " invalid fields.";
        return ProblemResponses.of(ProblemType.VALIDATION_FAILED, detail, errors, uriInfo);
    }

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException failure, UriInfo uriInfo, Request request) {
        int status = failure.getResponse().getStatus();
        if (failure.getCause() instanceof JsonProcessingException json) {
            // Quarkus' JSON reader wraps syntax errors, numbers out of range and over-deep nesting.
            return unreadableJson(json, uriInfo);
        }
        if (status >= 500) {
            return unexpected(failure, uriInfo);
        }
        if (failure instanceof NotAllowedException || failure instanceof NotFoundException) {
            Set<String> allowed = allowedMethods.forPath(uriInfo.getPath());
            if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
                Response problem = ProblemResponses.of(ProblemType.forStatus(405),
                        "This method is not allowed here; allowed: " + String.join(", ", allowed) + ".", List.of(), uriInfo);
                return Response.fromResponse(problem).allow(allowed).build();
            }
        }
        String detail;
        if (failure instanceof NotFoundException) {
            detail = "There is no resource at this path.";
        } else if (failure instanceof NotAllowedException) {
            detail = "This method is not allowed here.";
        } else if (failure instanceof NotSupportedException) {
            detail = "The request body must be sent as application/json.";
        } else if (failure instanceof NotAcceptableException) {
            // Lists also answer CSV and NDJSON, the change feed server-sent events: the OpenAPI lists each one's types.
            detail = "This resource cannot answer in a media type the Accept header accepts; its OpenAPI document lists the types it answers with.";
        } else {
            detail = "The request cannot be processed as sent.";
        }
        return ProblemResponses.of(ProblemType.forStatus(status), detail, List.of(), uriInfo);
    }

    @ServerExceptionMapper
    public Response anythingElse(Throwable failure, UriInfo uriInfo, Request request) {
        for (Throwable cause : causes(failure)) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return ProblemResponses.of(ProblemType.PRECONDITION_FAILED,
                        "The resource was changed by another request at the same time; fetch it again and retry.", List.of(), uriInfo);
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && POSTGRES_UNIQUE_VIOLATION.equals(violation.getSQLState())) {
                return ProblemResponses.of(ProblemType.CONFLICT,
                        "A resource with the same identity was created at the same time.", List.of(), uriInfo);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && POSTGRES_UNSTORABLE_TEXT.contains(sql.getSQLState())) {
                return ProblemResponses.of(ProblemType.INVALID_PARAMETER,
                        "The request contains characters that cannot be processed, such as U+0000.", List.of(), uriInfo);
            }
            if (cause instanceof ProblemException problem) {
                return ProblemResponses.of(problem, uriInfo);
            }
            if (isDatabaseUnavailable(cause)) {
                LOG.warnf("The database is unavailable: %s", cause.getMessage());
                return ProblemResponses.of(ProblemType.SERVICE_UNAVAILABLE, databaseUnavailableDetail(request == null ? null : request.getMethod()), List.of(), uriInfo);
            }
        }
        return unexpected(failure, uriInfo);
    }

    /**
     * {@code failure}, what it was caused by and what was suppressed along the way, outermost
     * first. The transaction manager reports a COMMIT that failed as a RollbackException with
     * the resource's failure (the driver's, underneath) suppressed, not as its cause.
     */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            causes.add(next);
            if (next.getCause() != null) {
                pending.push(next.getCause());
            }
            List<Throwable> suppressed = List.of(next.getSuppressed());
            for (int i = suppressed.size() - 1; i >= 0; i--) {
                pending.push(suppressed.get(i));
            }
        }
        return causes;
    }

    /**
     * A read is simply to be retried. A write is not so simple: the connection may have been lost
     * after its COMMIT was sent and before the answer came back, and then nobody here knows whether
     * PostgreSQL committed it (it may still, once the link is back); or it committed and the
     * database went away while the response was being made. So a write is told that it may or may
     * not have been saved, and to look before sending it again.
     */
    public static String databaseUnavailableDetail(String method) {
        if (method != null && SAFE_METHODS.contains(method)) {
            return "The service cannot reach its database just now; retry in a few seconds.";
        }
        return "The service lost its database while handling this change, which may or may not have been saved: "
                + "read the resource before sending the change again (a change sent with If-Match is refused if it was saved).";
    }

    /** The database is down, restarting or out of reach, or the pool found no connection in time: temporary. */
    private static boolean isDatabaseUnavailable(Throwable cause) {
        if (cause instanceof org.hibernate.exception.JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null) {
                return state.startsWith(CONNECTION_EXCEPTION_CLASS) || POSTGRES_NOT_AVAILABLE.contains(state);
            }
            // Agroal's pool reports a connection not obtained within its acquisition timeout without a state.
            return sql.getMessage() != null && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }

    private static Response unexpected(Throwable failure, UriInfo uriInfo) {
        String reference = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure, reference %s", reference);
        return ProblemResponses.of(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred; the operators can trace it with reference " + reference + ".", List.of(), uriInfo);
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * A method-parameter violation has the path {@code method.parameter.field[0].sub}; the
     * client knows only the part after the parameter (or the parameter's name, for a query
     * parameter or header).
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        Iterator<Path.Node> nodes = path.iterator();
        String parameterName = null;
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameterName = node.getName();
                default -> {
                    if (node.getIndex() != null && field.length() > 0) {
                        field.append('[').append(node.getIndex()).append(']');
                    } else if (node.getKey() != null && field.length() > 0) {
                        field.append('[').append(node.getKey()).append(']');
                    }
                    if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        if (field.length() > 0) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameterName == null ? "$" : parameterName;
    }
}
