package org.coalitiontracker.kit.problem;

import java.util.List;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.coalitiontracker.kit.security.AccessRules;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Refused writes as problems. 401 when the request brings no bearer token
 * ({@code WWW-Authenticate: Bearer}) or one that cannot be trusted ({@code Bearer
 * error="invalid_token"}, RFC 6750); 403 when the token is valid but lacks the role. Why a token
 * was rejected (expired, wrong issuer, bad signature...) is logged at debug level by smallrye-jwt
 * and never told to the client. Declared with a higher priority than Quarkus' own mappers for
 * these exceptions, which answer without a body.
 */
public class SecurityProblemMappers {

    private static final Logger LOG = Logger.getLogger(SecurityProblemMappers.class);
    static final String CHALLENGE = "Bearer";
    static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unauthorized(UnauthorizedException failure, ContainerRequestContext request) {
        return unauthenticated(request, CHALLENGE, "This operation needs a bearer token with the role '" + role(request)
                + "' in the Authorization header.");
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response authenticationFailed(AuthenticationFailedException failure, ContainerRequestContext request) {
        LOG.debugf("Bearer token rejected for %s %s", request.getMethod(), request.getUriInfo().getRequestUri().getRawPath());
        return unauthenticated(request, INVALID_TOKEN_CHALLENGE, "The bearer token was rejected: it is malformed, expired or not yet "
                + "valid, not signed with a trusted key, or not issued for this service.");
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response forbidden(ForbiddenException failure, ContainerRequestContext request) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "This operation needs the role '" + role(request)
                + "', which the bearer token does not carry.", List.of(), request.getUriInfo());
    }

    private static Response unauthenticated(ContainerRequestContext request, String challenge, String detail) {
        Response problem = ProblemResponses.of(ProblemType.UNAUTHORIZED, detail, List.of(), request.getUriInfo());
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    private static String role(ContainerRequestContext request) {
        return AccessRules.requiredRole(request.getMethod(), request.getUriInfo().getRequestUri().getPath()).orElse(AccessRules.EDITOR);
    }
}
