package org.coalitiontracker.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.security.scram.ScramLoginModule;

import io.smallrye.certs.CertificateGenerator;
import io.smallrye.certs.CertificateRequest;
import io.smallrye.certs.Format;
import io.smallrye.certs.ca.CaGenerator;

/**
 * A real single-node Kafka broker in the test JVM whose only client-facing listener is SASL_SSL
 * with SCRAM-SHA-512, as a managed or secured production Kafka is. Everything secret is made at
 * run time: a CA and the broker's certificate signed by it (PKCS12 stores in a temp directory),
 * and the SCRAM credentials, written into the cluster metadata when the storage is formatted.
 */
public final class SaslSslKafkaBroker implements AutoCloseable {

    public static final String MECHANISM = "SCRAM-SHA-512";
    /** The user services connect as. */
    public static final String CLIENT_USER = "coalition-service";
    private static final String BROKER_USER = "broker";
    /** Neither the plain (0) nor the restartable (1) broker's id, so that their JMX names never collide. */
    private static final int NODE_ID = 2;

    private final Path tls;
    private final Path trustStore;
    private final String storePassword;
    private final String clientPassword;
    private final RestartableKafkaBroker broker;

    private SaslSslKafkaBroker(Path tls, Path trustStore, String storePassword, String clientPassword, RestartableKafkaBroker broker) {
        this.tls = tls;
        this.trustStore = trustStore;
        this.storePassword = storePassword;
        this.clientPassword = clientPassword;
        this.broker = broker;
    }

    /** Makes the TLS material and credentials, formats, starts and returns once the broker serves clients. */
    public static SaslSslKafkaBroker startNew() {
        try {
            Path tls = Files.createTempDirectory("sasl-ssl-kafka-tls");
            String storePassword = secret();
            String brokerPassword = secret();
            String clientPassword = secret();
            CaGenerator ca = new CaGenerator(tls.resolve("ca.crt").toFile(), tls.resolve("ca.key").toFile(),
                    tls.resolve("ca.p12").toFile(), storePassword);
            X509Certificate caCertificate = ca.generate("coalition-tracker test CA", null, null, null, null, null);
            Path trustStore = tls.resolve("truststore.p12");
            ca.generateTrustStore(trustStore.toFile());
            // The broker's certificate names the address clients are given, so hostname verification stays on.
            new CertificateGenerator(tls, true).generate(new CertificateRequest().withName("kafka").withFormat(Format.PKCS12)
                    .withPassword(storePassword).withCN("localhost").withSubjectAlternativeName("DNS:localhost")
                    .withSubjectAlternativeName("IP:127.0.0.1").signedWith(caCertificate, caKey(tls.resolve("ca.p12"), storePassword)));
            Path keyStore = tls.resolve("kafka-keystore.p12");

            String listener = "listener.name." + SecurityProtocol.SASL_SSL.name.toLowerCase() + "." + MECHANISM.toLowerCase() + ".";
            Map<String, String> settings = Map.ofEntries(
                    Map.entry("sasl.enabled.mechanisms", MECHANISM),
                    Map.entry("sasl.mechanism.inter.broker.protocol", MECHANISM),
                    Map.entry(listener + "sasl.jaas.config", jaas(BROKER_USER, brokerPassword)),
                    Map.entry("ssl.keystore.location", keyStore.toString()),
                    Map.entry("ssl.keystore.password", storePassword),
                    Map.entry("ssl.key.password", storePassword),
                    Map.entry("ssl.keystore.type", "PKCS12"),
                    Map.entry("ssl.truststore.location", trustStore.toString()),
                    Map.entry("ssl.truststore.password", storePassword),
                    Map.entry("ssl.truststore.type", "PKCS12"),
                    // Topics exist only if a client's admin created them, as topic provisioning must be proved.
                    Map.entry("auto.create.topics.enable", "false"));
            List<String> credentials = List.of(
                    "--add-scram", MECHANISM + "=[name=" + BROKER_USER + ",password=" + brokerPassword + "]",
                    "--add-scram", MECHANISM + "=[name=" + CLIENT_USER + ",password=" + clientPassword + "]");
            RestartableKafkaBroker broker = RestartableKafkaBroker.startNew(NODE_ID,
                    new ClientListener(SecurityProtocol.SASL_SSL, settings, credentials));
            return new SaslSslKafkaBroker(tls, trustStore, storePassword, clientPassword, broker);
        } catch (IOException e) {
            throw new UncheckedIOException("No directory for the broker's TLS material", e);
        } catch (Exception e) {
            throw new IllegalStateException("The SASL_SSL broker's TLS material could not be made", e);
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** The password the broker knows for {@link #CLIENT_USER}. */
    public String clientPassword() {
        return clientPassword;
    }

    /**
     * What a client sets (Kafka's own names, without Quarkus' {@code kafka.} prefix) to connect as
     * {@link #CLIENT_USER} with {@code password}, trusting the broker's CA.
     */
    public Map<String, String> clientSettings(String password) {
        return Map.of(
                "bootstrap.servers", bootstrapServers(),
                "security.protocol", SecurityProtocol.SASL_SSL.name,
                "sasl.mechanism", MECHANISM,
                "sasl.jaas.config", jaas(CLIENT_USER, password),
                "ssl.truststore.location", trustStore.toString(),
                "ssl.truststore.password", storePassword,
                "ssl.truststore.type", "PKCS12");
    }

    /** Stops the broker and deletes its data and TLS material. */
    @Override
    public void close() {
        broker.close();
        try (Stream<Path> files = Files.walk(tls)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jaas(String user, String password) {
        return ScramLoginModule.class.getName() + " required username=\"" + user + "\" password=\"" + password + "\";";
    }

    private static PrivateKey caKey(Path caStore, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(caStore)) {
            store.load(in, password.toCharArray());
        }
        return (PrivateKey) store.getKey(CaGenerator.KEYSTORE_KEY_ENTRY, password.toCharArray());
    }

    /** Letters and digits only: the storage format's SCRAM argument takes the password unquoted. */
    private static String secret() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
