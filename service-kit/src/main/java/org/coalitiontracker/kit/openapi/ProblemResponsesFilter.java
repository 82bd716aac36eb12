package org.coalitiontracker.kit.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coalitiontracker.kit.problem.ProblemExceptionMappers;
import org.coalitiontracker.kit.problem.ProblemType;
import org.coalitiontracker.kit.security.AccessRules;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Lists, on every operation, the error responses the shared error handling can give it, each as
 * {@code application/problem+json} with an example, so the resources need to declare only the
 * errors that are particular to them (409, a specific 422...). A response an operation declares
 * itself is kept as it is. Operations that need a role ({@link AccessRules}) get the bearer-token
 * security requirement, naming the role, and their 401 and 403 answers; Swagger UI then offers to
 * authorise with a token.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "Problem";
    /** The name of the bearer-token security scheme in every service's OpenAPI document. */
    public static final String SECURITY_SCHEME = "bearerToken";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ensureProblemSchema(openAPI);
        ensureSecurityScheme(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> {
                    AccessRules.requiredRole(method.name(), path).ifPresentOrElse(role -> requireRole(operation, role),
                            // Said explicitly, so that tools and generated clients do not take the document's default for it.
                            () -> operation.setSecurity(List.of()));
                    addProblems(path, method, operation);
                    KitQueryParameters.type(operation);
                    if (method == PathItem.HttpMethod.PATCH) {
                        MergePatchSchemas.declare(openAPI, operation);
                    }
                }));
    }

    private static void requireRole(Operation operation, String role) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME, role)));
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        add(operation.getResponses(), ProblemType.UNAUTHORIZED,
                "No bearer token, or one that is malformed, expired, wrongly signed or not issued for this service. "
                        + "Nothing is written. `WWW-Authenticate` says `Bearer`, with `error=\"invalid_token\"` when a token was rejected.",
                "This operation needs a bearer token with the role '" + role + "' in the Authorization header.");
        operation.getResponses().getAPIResponse("401").addHeader("WWW-Authenticate", OASFactory.createHeader()
                .description("The authentication scheme to use: `Bearer`, or `Bearer error=\"invalid_token\"` for a rejected token.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        add(operation.getResponses(), ProblemType.FORBIDDEN, "The token is valid but lacks the role `" + role + "`. Nothing is written.",
                "This operation needs the role '" + role + "', which the bearer token does not carry.");
    }

    private static void ensureSecurityScheme(OpenAPI openAPI) {
        if (openAPI.getComponents().getSecuritySchemes() != null && openAPI.getComponents().getSecuritySchemes().containsKey(SECURITY_SCHEME)) {
            return;
        }
        openAPI.getComponents().addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT signed with RS256 by the configured issuer, for the audience `coalition-tracker` by default. "
                        + "Its `groups` claim holds the roles: `" + AccessRules.EDITOR + "` for writes, `" + AccessRules.ADMIN
                        + "` for admin operations. Reads need no token. Its subject (`sub`) is recorded as who made each change."));
    }

    private void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        boolean identifiesOne = path.contains("{");
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasQuery = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        if (hasBody) {
            add(responses, ProblemType.MALFORMED_BODY, "The body is not valid JSON, or a field has the wrong type or an unknown name.",
                    "The request body has an invalid value at 'role': must be one of LEAD, MEMBER, PARTNER, OBSERVER.");
            add(responses, ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than 1 MiB.", "The request body is larger than 1 MiB.");
            add(responses, ProblemType.UNSUPPORTED_MEDIA_TYPE, "The body is not sent as application/json.",
                    "The request body must be sent as application/json.");
            add(responses, ProblemType.VALIDATION_FAILED, "The body is well-formed but breaks a rule; `errors` names each field.",
                    "The request has 1 invalid field.");
        } else if (hasQuery) {
            add(responses, ProblemType.INVALID_PARAMETER, "A query parameter has a value it does not accept.",
                    "Query parameter 'status' is invalid: 'SOMETIMES' is not one of ACTIVE, PROSPECTIVE, WITHDRAWN");
        }
        if (identifiesOne) {
            add(responses, ProblemType.NOT_FOUND, "No such resource.", "There is no resource at this path.");
        }
        if (identifiesOne && (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE)) {
            add(responses, ProblemType.PRECONDITION_FAILED, "`If-Match` does not match the current `ETag`, or another write won the race.",
                    "The resource is at version \"4\", not \"3\"; fetch it again and retry.");
        }
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD && method != PathItem.HttpMethod.OPTIONS;
        add(responses, ProblemType.SERVICE_UNAVAILABLE, "The service cannot reach what it needs just now (its database, or for "
                + "a write the owner of the data it checks), or it is answering as many requests as it can and refused this one "
                + "before working on it; retry after the seconds `Retry-After` gives."
                + (changes ? " If it lost its database midway, the change may or may not have been saved, and the detail says so:"
                        + " read the resource before sending the change again." : ""),
                ProblemExceptionMappers.databaseUnavailableDetail(method.name()));
        responses.getAPIResponse("503").addHeader("Retry-After", OASFactory.createHeader()
                .description("Seconds to wait before retrying.")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        add(responses, ProblemType.INTERNAL_ERROR, "An unexpected failure; the detail gives a reference to the server log.",
                "An unexpected error occurred; the operators can trace it with reference 3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11.");
    }

    private static void add(APIResponses responses, ProblemType type, String description, String exampleDetail) {
        String status = Integer.toString(type.status());
        if (responses.hasAPIResponse(status)) {
            return;
        }
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.typeUri());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", exampleDetail);
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                                .example(example)));
        responses.addAPIResponse(status, response);
    }

    private static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null && openAPI.getComponents().getSchemas().containsKey(PROBLEM_SCHEMA)) {
            return;
        }
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid field or parameter.")
                .addProperty("field", text("JSON path of the field (`sources[0].url`), or the parameter or header name."))
                .addProperty("message", text("What is wrong with it."));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail, the body of every error response.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", text("URI identifying the kind of problem; stable, clients may switch on it."))
                .addProperty("title", text("Short summary of the kind of problem."))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("The HTTP status code."))
                .addProperty("detail", text("What went wrong in this occurrence."))
                .addProperty("instance", text("The path of the request that failed."))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("For validation problems: every invalid field with its message.").items(fieldError));
        openAPI.getComponents().addSchema(PROBLEM_SCHEMA, problem);
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
