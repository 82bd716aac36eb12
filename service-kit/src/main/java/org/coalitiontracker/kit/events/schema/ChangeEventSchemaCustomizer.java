package org.coalitiontracker.kit.events.schema;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;

/**
 * Hands {@link ChangeEventSchema} to the Flyway of the service's default datasource, so that a
 * service gets the change-event tables by depending on the kit, with nothing to configure.
 */
@Singleton
public class ChangeEventSchemaCustomizer implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        Callback[] existing = configuration.getCallbacks();
        Callback[] callbacks = new Callback[existing.length + 1];
        // First, so that a service's own callbacks already find the tables.
        callbacks[0] = new ChangeEventSchema();
        System.arraycopy(existing, 0, callbacks, 1, existing.length);
        configuration.callbacks(callbacks);
    }
}
