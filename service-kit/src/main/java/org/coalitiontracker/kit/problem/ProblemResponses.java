package org.coalitiontracker.kit.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds the HTTP response that carries a problem. */
public final class ProblemResponses {

    /**
     * What every 503 asks the client to wait: the usual time for a database or a read copy to come
     * back, and long enough for a storm of requests (kit.http.AdmissionControl) to have passed.
     */
    public static final String RETRY_AFTER_SECONDS = "5";

    private ProblemResponses() {
    }

    public static Response of(ProblemException problem, UriInfo uriInfo) {
        return of(problem.type(), problem.getMessage(), problem.errors(), uriInfo);
    }

    public static Response of(ProblemType type, String detail, List<FieldError> errors, UriInfo uriInfo) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        Response.ResponseBuilder response = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detail, instance, errors));
        if (type == ProblemType.SERVICE_UNAVAILABLE) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}
