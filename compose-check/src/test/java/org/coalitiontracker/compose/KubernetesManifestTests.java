package org.coalitiontracker.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * deploy/kubernetes, checked without a cluster: bound strictly to fabric8's Kubernetes model
 * ({@link KubernetesManifests}) and held to what the project promises ({@link KubernetesChecks}).
 * The broken variants below are the project's own files with one thing changed, each of which
 * the check must reject for that reason.
 */
class KubernetesManifestTests {

    @Test
    void theProjectsManifestsPassEveryCheck() {
        KubernetesManifests manifests = KubernetesManifests.project();
        assertEquals(List.of(), KubernetesChecks.problems(manifests, ComposeFile.project()));
        assertEquals(3, manifests.all(Deployment.class).size());
    }

    @Test
    void theConfigMapSaysWhereEachOwnerAnswers() {
        ConfigMap config = KubernetesManifests.project().all(ConfigMap.class).get(0);
        for (String owner : Services.NAMES) {
            assertEquals("http://" + owner + ":" + Services.PORTS.get(owner),
                    config.getData().get(Services.OWNER_URL_VARIABLES.get(owner)), owner);
        }
    }

    @Test
    void everyServiceReadsTheSameSettingsAsInDockerCompose() {
        Map<String, java.util.Set<String>> kubernetes = new LinkedHashMap<>();
        for (Deployment deployment : KubernetesManifests.project().all(Deployment.class)) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()
                    .forEach(variable -> names.add(variable.getName()));
            names.removeAll(KubernetesChecks.JVM_VARIABLES);
            kubernetes.put(deployment.getMetadata().getName(), names);
        }
        for (String service : Services.NAMES) {
            assertEquals(new java.util.TreeSet<>(ComposeFile.project().environment(service).keySet()),
                    kubernetes.get(service), service);
        }
    }

    /** One replacement in one file, and the problem the check must then report. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a variable the service does not read       | events-service.yaml      | - name: KAFKA_BOOTSTRAP_SERVERS                      | - name: KAFKA_BOOTSTRAP_SERVER                      | Deployment events-service: sets KAFKA_BOOTSTRAP_SERVER, which events-service does not read
            an owner URL the service does not read      | countries-service.yaml   | - name: COALITION_OWNERS_EVENTS_URL                  | - name: COALITION_OWNERS_COUNTRIES_URL              | Deployment countries-service: sets COALITION_OWNERS_COUNTRIES_URL, which countries-service does not read
            a readiness probe on a path not served      | commitments-service.yaml | path: /q/health/ready                                | path: /q/health/readiness                           | Deployment commitments-service: readinessProbe asks /q/health/readiness, not /q/health/ready
            a probe on a port number the service does not listen on | countries-service.yaml | httpGet: {path: /q/health/live, port: http}\\n            periodSeconds: 10 | httpGet: {path: /q/health/live, port: 8080}\\n            periodSeconds: 10 | Deployment countries-service: livenessProbe on port 8080, not the port the service listens on, 8082
            one replica                                 | events-service.yaml      | replicas: 2                                          | replicas: 1                                         | Deployment events-service: 1 replicas; at least 2, so that a pod can go while the other answers
            no memory limit                             | countries-service.yaml   | '\\n              memory: 512Mi'                     | ''                                                  | Deployment countries-service: no memory request and limit
            a Service that selects no pod               | commitments-service.yaml | '  selector:\\n    app.kubernetes.io/name: commitments-service\\n  ports:' | '  selector:\\n    app.kubernetes.io/name: commitment-service\\n  ports:' | Service commitments-service: selector {app.kubernetes.io/name=commitment-service} does not match Deployment commitments-service's pod labels {app.kubernetes.io/name=commitments-service}
            a budget that selects no pod                | events-service.yaml      | '  minAvailable: 1\\n  selector:\\n    matchLabels:\\n      app.kubernetes.io/name: events-service' | '  minAvailable: 1\\n  selector:\\n    matchLabels:\\n      app.kubernetes.io/name: event-service' | events-service: 0 PodDisruptionBudgets select its pods, not 1
            a budget that lets no pod go                | countries-service.yaml   | minAvailable: 1                                      | minAvailable: 2                                     | PodDisruptionBudget countries-service: minAvailable 2 of 2 replicas lets no pod be evicted (a node drain would hang)
            an image compose does not build             | events-service.yaml      | image: coalition-tracker-events-service              | image: events-service                               | Deployment events-service: image events-service, not coalition-tracker-events-service (docker-compose.yml's; kustomization.yaml's images sets the registry and tag)
            a key that does not exist                   | commitments-service.yaml | key: commitments-service.QUARKUS_DATASOURCE_JDBC_URL | key: commitment-service.QUARKUS_DATASOURCE_JDBC_URL | Deployment commitments-service: QUARKUS_DATASOURCE_JDBC_URL from ConfigMap coalition-tracker-config/commitment-service.QUARKUS_DATASOURCE_JDBC_URL, which does not exist
            a ConfigMap key nobody takes                | configmap.yaml           | '  KAFKA_BOOTSTRAP_SERVERS: kafka-bootstrap:9092'    | '  KAFKA_BOOTSTRAP_SERVERS: kafka-bootstrap:9092\\n  KAFKA_SECURITY_PROTOCOL: SASL_SSL' | ConfigMap coalition-tracker-config/KAFKA_SECURITY_PROTOCOL is taken by no container
            a password under another variable's key     | events-service.yaml      | - name: QUARKUS_DATASOURCE_PASSWORD               | - name: QUARKUS_DATASOURCE_USERNAME               | Deployment events-service: QUARKUS_DATASOURCE_USERNAME from Secret coalition-tracker-secrets/events-service.QUARKUS_DATASOURCE_PASSWORD; the key must be QUARKUS_DATASOURCE_USERNAME or events-service.QUARKUS_DATASOURCE_USERNAME
            the wrong HTTP port                         | commitments-service.yaml | value: "8083"                                        | value: "8080"                                       | Deployment commitments-service: QUARKUS_HTTP_PORT 8080, not 8083 (the port the other services' owner URLs name)
            """)
    void aBrokenManifestFailsTheCheck(String broken, String file, String from, String to, String problem) {
        KubernetesManifests manifests = KubernetesManifests.parse(replace(file, from, to));
        List<String> problems = KubernetesChecks.problems(manifests, ComposeFile.project());
        if (problem == null) {
            assertNotEquals(List.of(), problems, broken);
        } else {
            assertTrue(problems.contains(problem), broken + ": expected\n" + problem + "\namong\n" + String.join("\n", problems));
        }
    }

    /** Broken so that the strict parse itself refuses the files. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a misspelt field the API server would drop  | events-service.yaml      | readinessProbe:        | readinesProbe:        | events-service.yaml: fields the Kubernetes model does not know: [Deployment.spec.template.spec.containers[0].readinesProbe]
            a misspelt field deep in a probe            | countries-service.yaml   | failureThreshold: 60   | failureTreshold: 60   | countries-service.yaml: fields the Kubernetes model does not know: [Deployment.spec.template.spec.containers[0].startupProbe.failureTreshold]
            a field of the wrong type                   | commitments-service.yaml | replicas: 2            | replicas: two         | commitments-service.yaml: not a valid Deployment
            the wrong API version                       | events-service.yaml      | apiVersion: policy/v1  | apiVersion: policy/v1beta1 | events-service.yaml: a PodDisruptionBudget is policy/v1, not policy/v1beta1
            a kind this folder does not use             | configmap.yaml           | kind: ConfigMap        | kind: StatefulSet     | configmap.yaml: kind StatefulSet is not one of
            a file left out of the kustomization        | kustomization.yaml       | '  - secret.yaml\\n'   | ''                    | Files not in kustomization.yaml's resources: [secret.yaml]
            """)
    void aManifestTheModelRefusesIsRejected(String broken, String file, String from, String to, String message) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> KubernetesManifests.parse(replace(file, from, to)), broken);
        assertTrue(refused.getMessage().startsWith(message), broken + ": " + refused.getMessage());
    }

    @Test
    void aDuplicateKeyIsRejected() {
        assertThrows(DuplicateKeyException.class, () -> KubernetesManifests.parse(replace("secret.yaml",
                "type: Opaque", "type: Opaque\ntype: Opaque")));
    }

    private static Map<String, String> replace(String file, String from, String to) {
        Map<String, String> files = KubernetesManifests.projectFiles();
        String unescapedFrom = from.replace("\\n", "\n");
        String content = files.get(file);
        assertTrue(content.contains(unescapedFrom), file + " no longer contains " + from + ": update this variant");
        files.put(file, content.replace(unescapedFrom, to.replace("\\n", "\n")));
        return files;
    }
}
