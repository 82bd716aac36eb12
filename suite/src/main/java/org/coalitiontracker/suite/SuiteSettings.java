package org.coalitiontracker.suite;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the local suite runs: where it keeps its data, its ports, and whether it starts its own
 * PostgreSQL and Kafka or uses ones that are already there. Read from environment variables
 * (the README's configuration table) and command-line flags.
 */
public record SuiteSettings(
        Path root,
        Path dataDirectory,
        Map<SuiteService, Integer> servicePorts,
        Optional<ExternalPostgres> externalPostgres,
        int postgresPort,
        Optional<String> externalKafka,
        int kafkaPort,
        int kafkaControllerPort,
        boolean loadDemoData,
        Map<SuiteService, ServiceLinks> links,
        Map<String, String> serviceEnvironment) {

    public static final String DATA_DIRECTORY = "SUITE_DATA_DIR";
    public static final String POSTGRES_PORT = "SUITE_POSTGRES_PORT";
    public static final String POSTGRES_URL = "SUITE_POSTGRES_URL";
    public static final String POSTGRES_USER = "SUITE_POSTGRES_USER";
    public static final String POSTGRES_PASSWORD = "SUITE_POSTGRES_PASSWORD";
    public static final String KAFKA_BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
    public static final String KAFKA_PORT = "SUITE_KAFKA_PORT";
    public static final String KAFKA_CONTROLLER_PORT = "SUITE_KAFKA_CONTROLLER_PORT";
    public static final String DEMO_DATA = "SUITE_DEMO_DATA";
    public static final String NO_DEMO_DATA_FLAG = "--no-demo-data";
    public static final String TOKEN_COMMAND = "token";
    public static final String ADMIN_FLAG = "--admin";

    /** The suite as ./run-suite and most tests run it: every service reaches PostgreSQL and Kafka directly. */
    public SuiteSettings(Path root, Path dataDirectory, Map<SuiteService, Integer> servicePorts, Optional<ExternalPostgres> externalPostgres,
            int postgresPort, Optional<String> externalKafka, int kafkaPort, int kafkaControllerPort, boolean loadDemoData) {
        this(root, dataDirectory, servicePorts, externalPostgres, postgresPort, externalKafka, kafkaPort, kafkaControllerPort, loadDemoData,
                Map.of(), Map.of());
    }

    /**
     * These settings with environment variables of a test's own for every service, set after
     * (and so over) the suite's own, e.g. an OpenTelemetry collector to export to. ./run-suite
     * sets none.
     */
    public SuiteSettings withServiceEnvironment(Map<String, String> environment) {
        return new SuiteSettings(root, dataDirectory, servicePorts, externalPostgres, postgresPort, externalKafka, kafkaPort,
                kafkaControllerPort, loadDemoData, links, Map.copyOf(environment));
    }

    /**
     * Where a service reaches the suite's own broker and embedded PostgreSQL when a test puts a
     * link of its own in between (the network fault tests): the broker gets a listener of the
     * service's own on {@code kafkaListenerPort} that advertises {@code 127.0.0.1:kafkaLinkPort},
     * so that the service's clients come back through the link after bootstrapping, not only
     * bootstrap through it; the service's JDBC URL names {@code 127.0.0.1:postgresLinkPort}.
     * Whatever listens on the link ports forwards to the listener and to PostgreSQL's port.
     */
    public record ServiceLinks(int kafkaListenerPort, int kafkaLinkPort, int postgresLinkPort) {
    }

    /** An already running PostgreSQL server: the suite uses (and if needed creates) one database per service on it. */
    public record ExternalPostgres(String serverUrl, String user, String password) {
    }

    /** A setting that cannot be used, with a message for the person who set it. */
    public static final class InvalidSettingException extends RuntimeException {
        InvalidSettingException(String message) {
            super(message);
        }
    }

    public static SuiteSettings from(Path root, Map<String, String> environment, List<String> arguments) {
        List<String> allowed = !arguments.isEmpty() && arguments.get(0).equals(TOKEN_COMMAND)
                ? List.of(TOKEN_COMMAND, ADMIN_FLAG) : List.of(NO_DEMO_DATA_FLAG);
        for (String argument : arguments) {
            if (!allowed.contains(argument)) {
                throw new InvalidSettingException("Unknown option " + argument + ". Usage: ./run-suite [" + NO_DEMO_DATA_FLAG
                        + "]   or   ./run-suite " + TOKEN_COMMAND + " [" + ADMIN_FLAG + "]");
            }
        }
        Map<SuiteService, Integer> servicePorts = new EnumMap<>(SuiteService.class);
        for (SuiteService service : SuiteService.values()) {
            servicePorts.put(service, port(environment, service.portVariable(), service.defaultPort()));
        }
        Optional<ExternalPostgres> externalPostgres = text(environment, POSTGRES_URL)
                .map(url -> new ExternalPostgres(url.replaceAll("/+$", ""),
                        text(environment, POSTGRES_USER).orElse("coalition"),
                        text(environment, POSTGRES_PASSWORD).orElse("coalition")));
        return new SuiteSettings(root,
                text(environment, DATA_DIRECTORY).map(Path::of).orElse(root.resolve("suite-data")).toAbsolutePath(),
                servicePorts,
                externalPostgres,
                port(environment, POSTGRES_PORT, 15432),
                text(environment, KAFKA_BOOTSTRAP_SERVERS),
                port(environment, KAFKA_PORT, 9092),
                port(environment, KAFKA_CONTROLLER_PORT, 9093),
                !arguments.contains(NO_DEMO_DATA_FLAG) && bool(environment, DEMO_DATA, true), Map.of(), Map.of());
    }

    public Optional<ServiceLinks> links(SuiteService service) {
        return Optional.ofNullable(links.get(service));
    }

    public int port(SuiteService service) {
        return servicePorts.get(service);
    }

    public Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    /** The local token issuer's key pair: made on first start, kept with the data, never committed. */
    public Path keyDirectory() {
        return dataDirectory.resolve("keys");
    }

    private static Optional<String> text(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static boolean bool(Map<String, String> environment, String name, boolean defaultValue) {
        Optional<String> value = text(environment, name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        return switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw new InvalidSettingException(name + "=" + value.get() + " is neither true nor false");
        };
    }

    private static int port(Map<String, String> environment, String name, int defaultPort) {
        Optional<String> value = text(environment, name);
        if (value.isEmpty()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.get());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(name + "=" + value.get() + " is not a port number (1-65535)");
    }
}
