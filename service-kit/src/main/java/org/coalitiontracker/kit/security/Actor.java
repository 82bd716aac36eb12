package org.coalitiontracker.kit.security;

import java.security.Principal;
import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is making the current change: the subject ({@code sub}) of the bearer token the request was
 * authorised with, or, for a token without one, its MP-JWT name ({@code upn}, then
 * {@code preferred_username}). Empty outside an authenticated request (a migration, the read-copy
 * consumer). Recorded as {@code updatedBy} on every owned record, as who changed it in a
 * record's history and as the {@code ce_actor} header of every change event.
 */
public final class Actor {

    /** Longest actor stored; the columns are {@code varchar(200)}. */
    public static final int MAX_LENGTH = 200;

    private Actor() {
    }

    public static Optional<String> current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Optional.empty();
        }
        try (InstanceHandle<CurrentIdentityAssociation> association = container.instance(CurrentIdentityAssociation.class)) {
            if (!association.isAvailable()) {
                return Optional.empty();
            }
            // Writes reach here only after the permission check resolved the identity, so this does not block.
            SecurityIdentity identity = association.get().getIdentity();
            if (identity == null || identity.isAnonymous()) {
                return Optional.empty();
            }
            return Optional.ofNullable(nameOf(identity.getPrincipal())).map(Actor::bounded);
        }
    }

    private static String nameOf(Principal principal) {
        if (principal instanceof JsonWebToken token && token.getSubject() != null && !token.getSubject().isBlank()) {
            return token.getSubject();
        }
        return principal == null ? null : principal.getName();
    }

    private static String bounded(String name) {
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }
}
