package org.coalitiontracker.kit.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** When the SDK is on, as the service's configuration (files, environment) decides it. */
class TracingSwitchTests {

    @Test
    void offWhileNoCollectorIsNamedAndTheLogFormatIsLeftAlone() {
        SmallRyeConfig config = configured(Map.of());
        assertEquals("true", config.getRawValue(TracingSwitch.SDK_DISABLED));
        assertEquals(Optional.empty(), config.getOptionalValue(TracingSwitch.LOG_FORMAT, String.class));
    }

    @Test
    void onOnceACollectorIsNamedWithTheIdsInTheLogLines() {
        for (String endpoint : new String[] { TracingSwitch.ENDPOINT, TracingSwitch.TRACES_ENDPOINT }) {
            SmallRyeConfig config = configured(Map.of(endpoint, "http://jaeger:4317"));
            assertEquals("false", config.getRawValue(TracingSwitch.SDK_DISABLED), endpoint);
            assertEquals(TracingSwitch.TRACED_LOG_FORMAT, config.getRawValue(TracingSwitch.LOG_FORMAT), endpoint);
        }
    }

    @Test
    void aBlankEndpointOrAMappingsDefaultNamesNoCollector() {
        assertEquals("true", configured(Map.of(TracingSwitch.ENDPOINT, " ")).getRawValue(TracingSwitch.SDK_DISABLED));
        SmallRyeConfig withDefault = new SmallRyeConfigBuilder().withDefaultValue(TracingSwitch.ENDPOINT, "http://localhost:4317/")
                .withSources(new TracingSwitch()).build();
        assertEquals("true", withDefault.getRawValue(TracingSwitch.SDK_DISABLED));
    }

    @Test
    void anExplicitSettingWinsEitherWay() {
        SmallRyeConfig offWithCollector = configured(Map.of(TracingSwitch.ENDPOINT, "http://jaeger:4317", TracingSwitch.SDK_DISABLED, "true"));
        assertEquals("true", offWithCollector.getRawValue(TracingSwitch.SDK_DISABLED));
        assertEquals(Optional.empty(), offWithCollector.getOptionalValue(TracingSwitch.LOG_FORMAT, String.class));

        SmallRyeConfig onWithout = configured(Map.of(TracingSwitch.SDK_DISABLED, "false"));
        assertEquals("false", onWithout.getRawValue(TracingSwitch.SDK_DISABLED));
        assertEquals(TracingSwitch.TRACED_LOG_FORMAT, onWithout.getRawValue(TracingSwitch.LOG_FORMAT));

        SmallRyeConfig ownFormat = configured(Map.of(TracingSwitch.ENDPOINT, "http://jaeger:4317", TracingSwitch.LOG_FORMAT, "%s%n"));
        assertEquals("%s%n", ownFormat.getRawValue(TracingSwitch.LOG_FORMAT));
    }

    /** {@code settings} as application.properties would give them (ordinal 250), with the switch. */
    private static SmallRyeConfig configured(Map<String, String> settings) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(settings, "application.properties", 250))
                .withSources(new TracingSwitch()).build();
    }
}
