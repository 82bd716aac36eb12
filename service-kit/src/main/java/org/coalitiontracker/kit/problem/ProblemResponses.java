package org.coalitiontracker.kit.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds the HTTP response that carries a problem. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ProblemException problem, UriInfo uriInfo) {
        return of(problem.type(), problem.getMessage(), problem.errors(), uriInfo);
    }

    public static Response of(ProblemType type, String detail, List<FieldError> errors, UriInfo uriInfo) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detail, instance, errors))
                .build();
    }
}
