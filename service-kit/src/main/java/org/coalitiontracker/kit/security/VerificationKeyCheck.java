package org.coalitiontracker.kit.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Says once, at start, when no key to verify tokens is configured. The service still starts and
 * serves every read; every write then answers 401, since no token can be verified.
 */
@ApplicationScoped
public class VerificationKeyCheck {

    private static final Logger LOG = Logger.getLogger(VerificationKeyCheck.class);
    private static final String[] KEY_SETTINGS = { "mp.jwt.verify.publickey.location", "mp.jwt.verify.publickey",
            "smallrye.jwt.verify.key.location" };

    void check(@Observes StartupEvent startup, Config config) {
        if (!keyConfigured(config)) {
            LOG.warn("No key to verify bearer tokens is configured (set MP_JWT_VERIFY_PUBLICKEY_LOCATION to a PEM public key "
                    + "or a JWKS URL): reads work, every write will answer 401.");
        }
    }

    static boolean keyConfigured(Config config) {
        for (String setting : KEY_SETTINGS) {
            if (config.getOptionalValue(setting, String.class).filter(value -> !value.isBlank() && !"NONE".equals(value)).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
