package org.coalitiontracker.kit.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what, as the services' documentation states it. The rule itself is enforced by the
 * {@code quarkus.http.auth.permission.*} table in the kit's {@code microprofile-config.properties};
 * this class says the same for the OpenAPI documents (kit.openapi.ProblemResponsesFilter), and
 * each service's SecurityTests check, operation by operation, that the two agree.
 * <ul>
 * <li>{@code GET} (and {@code HEAD}, {@code OPTIONS}): open to anyone, with or without a token.</li>
 * <li>{@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}: role {@value #EDITOR}.</li>
 * <li>the same under {@code /admin} and {@code /countries} (admin operations, country reference
 * data): role {@value #ADMIN}.</li>
 * </ul>
 * Roles are the token's {@code groups}.
 */
public final class AccessRules {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> ADMIN_PATHS = List.of("/admin", "/countries");

    private AccessRules() {
    }

    /** The role a request needs, or empty when anyone may make it. */
    public static Optional<String> requiredRole(String method, String path) {
        if (!WRITES.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        for (String prefix : ADMIN_PATHS) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return Optional.of(ADMIN);
            }
        }
        return Optional.of(EDITOR);
    }
}
