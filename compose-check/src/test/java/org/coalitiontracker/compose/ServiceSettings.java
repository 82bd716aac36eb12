package org.coalitiontracker.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

/**
 * The configuration properties one service reads, and which environment variables reach them.
 *
 * <p>What counts as read:
 * <ul>
 * <li>every property of a {@code @ConfigMapping} interface in the service's or the kit's main
 * sources, found in the sources and then walked by reflection as SmallRye Config maps it
 * (naming strategy, {@code @WithName}, {@code @WithParentName}, nested groups, maps, lists);</li>
 * <li>every {@code @ConfigProperty(name = ...)} and {@code getValue("...")} /
 * {@code getOptionalValue("...")} / {@code getConfigValue("...")} in those sources;</li>
 * <li>every Kafka client setting ({@code kafka.} and a name the Kafka producer, consumer or
 * admin client knows) when the sources take Quarkus' {@code default-kafka-broker} configuration,
 * which carries every {@code kafka.*} property to the clients built from it;</li>
 * <li>a short list of standard Quarkus properties that Quarkus reads at run time
 * ({@link #QUARKUS_RUNTIME}) and the MicroProfile JWT verification settings ({@link #MICROPROFILE_JWT}). Any other {@code quarkus.*} name does not count, even when the code
 * names it: many Quarkus properties are fixed at build time (e.g. {@code quarkus.datasource.db-kind},
 * {@code quarkus.application.name}), and setting them in a container changes nothing.</li>
 * </ul>
 * An environment variable reaches a property when it is the property's name with every character
 * other than a letter or a digit replaced by {@code _}, upper-cased: the MicroProfile Config rule
 * that SmallRye Config (and so Quarkus) applies.
 */
public final class ServiceSettings {

    /**
     * Standard Quarkus run-time properties the compose file may set (the ones DESIGN.md names).
     * Each is a run-time property of its extension, so an environment variable overrides it in a
     * packaged application.
     */
    static final List<String> QUARKUS_RUNTIME = List.of(
            "quarkus.datasource.jdbc.url",
            "quarkus.datasource.username",
            "quarkus.datasource.password",
            "quarkus.http.port",
            // The OpenTelemetry extension's collector address; naming one turns tracing on
            // (kit.tracing.TracingSwitch reads both), and the SDK switch itself.
            "quarkus.otel.exporter.otlp.endpoint",
            "quarkus.otel.exporter.otlp.traces.endpoint",
            "quarkus.otel.sdk.disabled");

    /** The MicroProfile JWT verification settings the services' token check (smallrye-jwt) reads at run time. */
    static final List<String> MICROPROFILE_JWT = List.of(
            "mp.jwt.verify.publickey.location",
            "mp.jwt.verify.issuer",
            "mp.jwt.verify.audiences");

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\s*\\(");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\s*\\(([^)]*)\\)");
    private static final Pattern NAME_ATTRIBUTE = Pattern.compile("\\bname\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern KAFKA_CONFIGURATION = Pattern.compile("@Identifier\\s*\\(\\s*\"default-kafka-broker\"\\s*\\)");
    private static final Pattern CONFIG_LOOKUP = Pattern.compile("\\b(?:getValue|getOptionalValue|getConfigValue|getOptionalValues|getValues)\\s*\\(\\s*\"([^\"]+)\"");

    /** Property name (may contain {@code *} for a map key or list index) -> where it is read. */
    private final Map<String, String> properties = new LinkedHashMap<>();

    private ServiceSettings() {
    }

    /** What a service module reads: its own main sources plus the shared kit's. */
    public static ServiceSettings of(String serviceModule) {
        Path root = Project.root();
        return fromSources(List.of(root.resolve("service-kit/src/main/java"), root.resolve(serviceModule + "/src/main/java")));
    }

    static ServiceSettings fromSources(List<Path> sourceRoots) {
        ServiceSettings settings = new ServiceSettings();
        for (String property : QUARKUS_RUNTIME) {
            settings.properties.put(property, "Quarkus (run-time property)");
        }
        for (String property : MICROPROFILE_JWT) {
            settings.properties.put(property, "MicroProfile JWT (run-time property)");
        }
        for (Path sourceRoot : sourceRoots) {
            if (!Files.isDirectory(sourceRoot)) {
                throw new IllegalStateException("No source folder " + sourceRoot);
            }
            try (Stream<Path> files = Files.walk(sourceRoot)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    settings.scan(sourceRoot, file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return settings;
    }

    /** Every property name read, with where it is read (for messages). */
    public Map<String, String> properties() {
        return properties;
    }

    /** Where the property this environment variable reaches is read, if any. */
    public Optional<String> reader(String environmentVariable) {
        for (Map.Entry<String, String> property : properties.entrySet()) {
            if (environmentVariablePattern(property.getKey()).matcher(environmentVariable).matches()) {
                return Optional.of(property.getKey() + " (" + property.getValue() + ")");
            }
        }
        return Optional.empty();
    }

    /** The MicroProfile Config environment-variable form of a property name; {@code *} matches any segment. */
    static Pattern environmentVariablePattern(String property) {
        StringBuilder regex = new StringBuilder();
        for (String part : property.split("\\*", -1)) {
            if (regex.length() > 0) {
                regex.append("[A-Z0-9_]+");
            }
            regex.append(Pattern.quote(part.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT)));
        }
        return Pattern.compile(regex.toString());
    }

    private void scan(Path sourceRoot, Path file) throws IOException {
        String source = Files.readString(file);
        String where = sourceRoot.relativize(file).toString();
        Matcher property = CONFIG_PROPERTY.matcher(source);
        while (property.find()) {
            Matcher name = NAME_ATTRIBUTE.matcher(property.group(1));
            if (!name.find()) {
                throw new IllegalStateException(where + ": @ConfigProperty without a name; name it, so the property can be checked");
            }
            if (!name.group(1).startsWith("quarkus.")) {
                properties.putIfAbsent(name.group(1), where);
            }
        }
        if (KAFKA_CONFIGURATION.matcher(source).find()) {
            Set<String> clientSettings = new TreeSet<>(ProducerConfig.configNames());
            clientSettings.addAll(ConsumerConfig.configNames());
            clientSettings.addAll(AdminClientConfig.configNames());
            clientSettings.forEach(setting -> properties.putIfAbsent("kafka." + setting, where));
        }
        Matcher lookup = CONFIG_LOOKUP.matcher(source);
        while (lookup.find()) {
            if (!lookup.group(1).startsWith("quarkus.")) {
                properties.putIfAbsent(lookup.group(1), where);
            }
        }
        if (CONFIG_MAPPING.matcher(source).find()) {
            Matcher packageName = PACKAGE.matcher(source);
            String className = (packageName.find() ? packageName.group(1) + "." : "")
                    + file.getFileName().toString().replaceFirst("\\.java$", "");
            Class<?> mapping;
            try {
                mapping = Class.forName(className);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(where + " declares a @ConfigMapping, but " + className
                        + " is not on this module's test class path (add its module as a dependency)", e);
            }
            ConfigMapping annotation = mapping.getAnnotation(ConfigMapping.class);
            if (annotation == null) {
                throw new IllegalStateException(where + " mentions @ConfigMapping, but " + className
                        + " is not annotated with it (a nested mapping interface is not supported here)");
            }
            walk(mapping, annotation.prefix(), annotation.namingStrategy(), where);
        }
    }

    private void walk(Class<?> group, String prefix, ConfigMapping.NamingStrategy naming, String where) {
        for (Method method : group.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.isDefault() || method.getParameterCount() > 0
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name;
            if (method.isAnnotationPresent(WithParentName.class)) {
                name = prefix;
            } else {
                String segment = method.isAnnotationPresent(WithName.class) ? method.getAnnotation(WithName.class).value()
                        : naming.apply(method.getName());
                name = prefix.isEmpty() ? segment : prefix + "." + segment;
            }
            add(method.getGenericReturnType(), name, naming, where);
        }
    }

    private void add(Type type, String name, ConfigMapping.NamingStrategy naming, String where) {
        Class<?> raw = rawClass(type);
        if (raw == Optional.class) {
            add(typeArgument(type, 0), name, naming, where);
        } else if (Map.class.isAssignableFrom(raw)) {
            add(typeArgument(type, 1), name + ".*", naming, where);
        } else if ((List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw))
                && isGroup(rawClass(typeArgument(type, 0)))) {
            add(typeArgument(type, 0), name + "[*]", naming, where);
        } else if (isGroup(raw)) {
            walk(raw, name, naming, where);
        } else {
            properties.putIfAbsent(name, where);
        }
    }

    private static boolean isGroup(Class<?> type) {
        return type.isInterface() && !type.getName().startsWith("java.") && type != OptionalInt.class
                && type != OptionalLong.class && type != OptionalDouble.class;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("Unsupported configuration type " + type);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalStateException("Raw configuration type " + type);
    }

    @Override
    public String toString() {
        List<String> lines = new ArrayList<>();
        properties.forEach((name, where) -> lines.add(name + "  <- " + where));
        return String.join("\n", lines);
    }
}
