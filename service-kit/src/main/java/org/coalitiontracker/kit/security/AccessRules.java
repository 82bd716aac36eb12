package org.coalitiontracker.kit.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who may do what, as the services' documentation states it. The rule itself is enforced by the
 * {@code quarkus.http.auth.permission.*} table in the kit's {@code microprofile-config.properties};
 * this class reads the same configuration for the OpenAPI documents (kit.openapi.ProblemResponsesFilter)
 * and the security problems, and each service's SecurityTests check, operation by operation, that
 * the two agree.
 * <ul>
 * <li>{@code GET} (and {@code HEAD}, {@code OPTIONS}): open to anyone, with or without a token.</li>
 * <li>{@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}: role {@value #EDITOR}.</li>
 * <li>the same under the admin paths ({@value #ADMIN_PATHS}: {@code /admin/*} in every service,
 * and whatever a service adds in its {@code application.properties}): role {@value #ADMIN}.</li>
 * </ul>
 * Roles are the token's {@code groups}.
 */
public final class AccessRules {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    /** The paths whose writes need {@link #ADMIN}, as the permission table's {@code paths}: {@code /x} or {@code /x/*}. */
    public static final String ADMIN_PATHS = "coalition.security.admin-paths";

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String ANY_BELOW = "/*";

    private AccessRules() {
    }

    /** The role a request needs, or empty when anyone may make it. */
    public static Optional<String> requiredRole(String method, String path) {
        if (!WRITES.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(adminPaths().stream().anyMatch(pattern -> matches(pattern, path)) ? ADMIN : EDITOR);
    }

    private static List<String> adminPaths() {
        return ConfigProvider.getConfig().getValues(ADMIN_PATHS, String.class);
    }

    /** As Quarkus matches a permission's path: {@code /x/*} is {@code /x} and everything below it, {@code /x} only itself. */
    static boolean matches(String pattern, String path) {
        if (pattern.endsWith(ANY_BELOW)) {
            String prefix = pattern.substring(0, pattern.length() - ANY_BELOW.length());
            return path.equals(prefix) || path.startsWith(prefix + "/");
        }
        return path.equals(pattern);
    }
}
