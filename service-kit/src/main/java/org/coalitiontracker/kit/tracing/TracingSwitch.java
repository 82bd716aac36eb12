package org.coalitiontracker.kit.tracing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Tracing is off unless a collector is named: the OpenTelemetry SDK is disabled
 * ({@value #SDK_DISABLED}{@code =true}) while neither {@value #TRACES_ENDPOINT} nor
 * {@value #ENDPOINT} is set (environment: {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}), so the
 * local suite records no spans and sends nothing to a collector nobody runs. Naming one turns it
 * on; {@value #SDK_DISABLED} set explicitly wins either way (this source's ordinal is below every
 * configuration file and the environment).
 *
 * <p>While tracing is on, the console's log lines carry the current trace and span ids (Quarkus
 * puts them in the MDC); while it is off they look as they always did ({@value #LOG_FORMAT} set
 * explicitly wins here too).
 *
 * <p>A configuration source factory, not defaults in a properties file: the values depend on
 * another setting, which a properties file cannot express. Registered in
 * {@code META-INF/services/io.smallrye.config.ConfigSourceFactory}.
 */
public final class TracingSwitch implements ConfigSourceFactory {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    static final String LOG_FORMAT = "quarkus.log.console.format";
    /** Quarkus' default console format with the ids before the message. */
    static final String TRACED_LOG_FORMAT = "%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}] (%t) traceId=%X{traceId} spanId=%X{spanId} %s%e%n";
    /** Below the kit's own defaults (100), application.properties (250) and the environment (300). */
    static final int ORDINAL = 50;
    static final String NAME = "coalition-tracing-switch";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue explicit = context.getValue(SDK_DISABLED);
        boolean disabled = isSet(explicit) ? Boolean.parseBoolean(explicit.getValue().trim())
                : !(isSet(context.getValue(TRACES_ENDPOINT)) || isSet(context.getValue(ENDPOINT)));
        Map<String, String> values = new HashMap<>();
        values.put(SDK_DISABLED, Boolean.toString(disabled));
        if (!disabled) {
            values.put(LOG_FORMAT, TRACED_LOG_FORMAT);
        }
        return List.of(new PropertiesConfigSource(values, NAME, ORDINAL));
    }

    /**
     * Set by someone, in a configuration file, the environment or a system property: not a default
     * value (a mapping's, or one Quarkus recorded at build time), which sits below this source.
     */
    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank() && value.getConfigSourceOrdinal() > ORDINAL;
    }
}
