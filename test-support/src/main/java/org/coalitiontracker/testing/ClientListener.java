package org.coalitiontracker.testing;

import java.util.List;
import java.util.Map;

import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * How the client-facing listener of a {@link RestartableKafkaBroker} is secured: its protocol
 * (which also names it), the broker settings it needs (key stores, SASL mechanisms) and what the
 * storage format must write before the first start (e.g. the SCRAM credentials the broker knows).
 */
record ClientListener(SecurityProtocol protocol, Map<String, String> brokerSettings, List<String> formatArguments) {

    static final ClientListener PLAINTEXT = new ClientListener(SecurityProtocol.PLAINTEXT, Map.of(), List.of());
}
