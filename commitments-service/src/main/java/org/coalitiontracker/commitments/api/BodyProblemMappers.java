package org.coalitiontracker.commitments.api;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.kit.problem.ProblemExceptionMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Quarkus' JSON reader wraps the Jackson failures that are not type mismatches (broken syntax, a
 * number out of range, a document nested too deep) in a bare {@code WebApplicationException(400)},
 * which the kit answers without saying what or where. This unwraps the failure and maps it as
 * the kit maps Jackson failures. It belongs in the kit's {@code webApplication} mapper.
 */
public class BodyProblemMappers {

    private final ProblemExceptionMappers kit = new ProblemExceptionMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response wrappedJson(WebApplicationException failure, UriInfo uriInfo) {
        if (failure.getResponse().getStatus() == 400 && failure.getCause() instanceof JsonProcessingException json) {
            return kit.unreadableJson(json, uriInfo);
        }
        return kit.webApplication(failure, uriInfo);
    }
}
