package org.coalitiontracker.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * What deploy/kubernetes promises beyond parsing (see {@link KubernetesManifests}), as a list of
 * problems, so that a broken variant can be shown to fail for the reason it was broken:
 * <ul>
 * <li>each of the three services has one Deployment with at least two replicas, requests and
 * limits for CPU and memory, a PodDisruptionBudget that selects its pods and still lets one go,
 * and a Service whose selector matches its pods and whose port is the one the other services'
 * owner URLs name;</li>
 * <li>every environment variable set on a container is a setting that service reads
 * ({@link ServiceSettings}, as for docker-compose.yml), or the JVM's own {@code JAVA_TOOL_OPTIONS};
 * every ConfigMap or Secret key it takes exists and is named after the variable, alone (shared)
 * or as {@code <service>.VARIABLE} (that service's only), and every key is taken by someone;</li>
 * <li>the probes ask the paths SmallRye Health serves, on the port the service listens on
 * ({@code QUARKUS_HTTP_PORT});</li>
 * <li>the images are the ones docker-compose.yml builds ({@code <compose project>-<service>}).</li>
 * </ul>
 */
final class KubernetesChecks {

    /** Read by the JVM itself, not by the service's configuration: how the heap is sized. */
    static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    static final String READY = "/q/health/ready";
    static final String LIVE = "/q/health/live";

    private final KubernetesManifests manifests;
    private final String composeProject;
    private final List<String> problems = new ArrayList<>();
    /** "ConfigMap name/key" or "Secret name/key" -> taken by a container. */
    private final Map<String, Boolean> keys = new LinkedHashMap<>();

    private KubernetesChecks(KubernetesManifests manifests, ComposeFile compose) {
        this.manifests = manifests;
        this.composeProject = compose.document().path("name").asText();
        for (ConfigMap map : manifests.all(ConfigMap.class)) {
            Optional.ofNullable(map.getData()).orElse(Map.of()).keySet()
                    .forEach(key -> keys.put("ConfigMap " + map.getMetadata().getName() + "/" + key, false));
        }
        for (Secret secret : manifests.all(Secret.class)) {
            Set<String> secretKeys = new java.util.TreeSet<>();
            Optional.ofNullable(secret.getData()).ifPresent(data -> secretKeys.addAll(data.keySet()));
            Optional.ofNullable(secret.getStringData()).ifPresent(data -> secretKeys.addAll(data.keySet()));
            secretKeys.forEach(key -> keys.put("Secret " + secret.getMetadata().getName() + "/" + key, false));
        }
    }

    static List<String> problems(KubernetesManifests manifests, ComposeFile compose) {
        KubernetesChecks checks = new KubernetesChecks(manifests, compose);
        checks.check();
        return checks.problems;
    }

    private void check() {
        for (Deployment deployment : manifests.all(Deployment.class)) {
            if (!Services.NAMES.contains(deployment.getMetadata().getName())) {
                problems.add("Deployment " + deployment.getMetadata().getName() + " is not one of " + Services.NAMES);
            }
        }
        for (String service : Services.NAMES) {
            List<Deployment> deployments = manifests.all(Deployment.class).stream()
                    .filter(d -> d.getMetadata().getName().equals(service)).toList();
            if (deployments.size() != 1) {
                problems.add(service + ": " + deployments.size() + " Deployments named so, not 1");
                continue;
            }
            checkDeployment(service, deployments.get(0));
        }
        keys.forEach((key, taken) -> {
            if (!taken) {
                problems.add(key + " is taken by no container");
            }
        });
        Set<String> images = new java.util.TreeSet<>();
        manifests.kustomizationImages().forEach(image -> images.add(String.valueOf(image.get("name"))));
        Set<String> built = new java.util.TreeSet<>();
        Services.NAMES.forEach(service -> built.add(image(service)));
        if (!images.equals(built)) {
            problems.add("kustomization.yaml's images " + images + " are not the images docker-compose.yml builds " + built);
        }
    }

    private String image(String service) {
        return composeProject + "-" + service;
    }

    private void checkDeployment(String service, Deployment deployment) {
        String where = "Deployment " + service;
        Map<String, String> podLabels = Optional.ofNullable(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .orElse(Map.of());
        Integer replicas = deployment.getSpec().getReplicas();
        if (replicas == null || replicas < 2) {
            problems.add(where + ": " + replicas + " replicas; at least 2, so that a pod can go while the other answers");
        }
        if (!selects(deployment.getSpec().getSelector(), podLabels)) {
            problems.add(where + ": its selector does not select its own pods' labels " + podLabels);
        }
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        if (containers.size() != 1) {
            problems.add(where + ": " + containers.size() + " containers, not 1");
            return;
        }
        Container container = containers.get(0);
        if (!image(service).equals(container.getImage())) {
            problems.add(where + ": image " + container.getImage() + ", not " + image(service)
                    + " (docker-compose.yml's; kustomization.yaml's images sets the registry and tag)");
        }
        checkResources(where, container.getResources());
        Optional<Integer> httpPort = checkEnvironment(service, where, container);
        int port = Services.PORTS.get(service);
        if (httpPort.isEmpty() || httpPort.get() != port) {
            problems.add(where + ": QUARKUS_HTTP_PORT " + httpPort.map(String::valueOf).orElse("not set")
                    + ", not " + port + " (the port the other services' owner URLs name)");
        }
        List<ContainerPort> ports = Optional.ofNullable(container.getPorts()).orElse(List.of());
        if (ports.stream().noneMatch(p -> p.getContainerPort() == port)) {
            problems.add(where + ": no containerPort " + port);
        }
        checkProbe(where, "readinessProbe", container.getReadinessProbe(), READY, ports, port, true);
        checkProbe(where, "livenessProbe", container.getLivenessProbe(), LIVE, ports, port, true);
        checkProbe(where, "startupProbe", container.getStartupProbe(), LIVE, ports, port, false);
        checkService(service, podLabels, ports, port);
        checkDisruptionBudget(service, podLabels, replicas == null ? 1 : replicas);
    }

    private void checkResources(String where, ResourceRequirements resources) {
        for (String resource : List.of("cpu", "memory")) {
            Optional<Quantity> request = Optional.ofNullable(resources).map(ResourceRequirements::getRequests)
                    .map(r -> r.get(resource));
            Optional<Quantity> limit = Optional.ofNullable(resources).map(ResourceRequirements::getLimits)
                    .map(r -> r.get(resource));
            if (request.isEmpty() || limit.isEmpty()) {
                problems.add(where + ": no " + resource + " request and limit");
            } else if (request.get().getNumericalAmount().compareTo(limit.get().getNumericalAmount()) > 0) {
                problems.add(where + ": " + resource + " request " + request.get() + " above its limit " + limit.get());
            }
        }
    }

    /** Checks every variable; answers the QUARKUS_HTTP_PORT it sets, if it is a literal number. */
    private Optional<Integer> checkEnvironment(String service, String where, Container container) {
        if (container.getEnvFrom() != null && !container.getEnvFrom().isEmpty()) {
            problems.add(where + ": envFrom would set every key of a map, also those this service does not read;"
                    + " take each key with env");
        }
        ServiceSettings settings = ServiceSettings.of(service);
        Optional<Integer> httpPort = Optional.empty();
        for (EnvVar variable : Optional.ofNullable(container.getEnv()).orElse(List.of())) {
            String name = variable.getName();
            if (!JVM_VARIABLES.contains(name) && settings.reader(name).isEmpty()) {
                problems.add(where + ": sets " + name + ", which " + service + " does not read");
            }
            if (variable.getValueFrom() != null) {
                checkReference(service, where, name, variable);
            } else if (name.equals("QUARKUS_HTTP_PORT")) {
                try {
                    httpPort = Optional.of(Integer.parseInt(variable.getValue()));
                } catch (NumberFormatException e) {
                    problems.add(where + ": QUARKUS_HTTP_PORT " + variable.getValue() + " is not a number");
                }
            }
        }
        return httpPort;
    }

    private void checkReference(String service, String where, String name, EnvVar variable) {
        String key;
        if (variable.getValueFrom().getConfigMapKeyRef() != null) {
            key = "ConfigMap " + variable.getValueFrom().getConfigMapKeyRef().getName() + "/"
                    + variable.getValueFrom().getConfigMapKeyRef().getKey();
        } else if (variable.getValueFrom().getSecretKeyRef() != null) {
            key = "Secret " + variable.getValueFrom().getSecretKeyRef().getName() + "/"
                    + variable.getValueFrom().getSecretKeyRef().getKey();
        } else {
            problems.add(where + ": " + name + " comes neither from a ConfigMap nor a Secret");
            return;
        }
        String keyName = key.substring(key.indexOf('/') + 1);
        if (!keyName.equals(name) && !keyName.equals(service + "." + name)) {
            problems.add(where + ": " + name + " from " + key + "; the key must be " + name + " or " + service + "." + name);
        }
        if (keys.containsKey(key)) {
            keys.put(key, true);
        } else {
            problems.add(where + ": " + name + " from " + key + ", which does not exist");
        }
    }

    private void checkProbe(String where, String kind, Probe probe, String path, List<ContainerPort> ports, int port,
            boolean required) {
        if (probe == null) {
            if (required) {
                problems.add(where + ": no " + kind);
            }
            return;
        }
        HTTPGetAction get = probe.getHttpGet();
        if (get == null) {
            problems.add(where + ": " + kind + " is not an HTTP GET of " + path);
            return;
        }
        if (!path.equals(get.getPath())) {
            problems.add(where + ": " + kind + " asks " + get.getPath() + ", not " + path);
        }
        Optional<Integer> probed = containerPort(get.getPort(), ports);
        if (probed.isEmpty() || probed.get() != port) {
            problems.add(where + ": " + kind + " on port " + get.getPort().getValue() + ", not the port the service listens on, " + port);
        }
    }

    /** A port given by number or by the name of one of the container's ports. */
    private static Optional<Integer> containerPort(IntOrString port, List<ContainerPort> ports) {
        if (port == null) {
            return Optional.empty();
        }
        if (port.getIntVal() != null) {
            return Optional.of(port.getIntVal());
        }
        return ports.stream().filter(p -> port.getStrVal().equals(p.getName())).map(ContainerPort::getContainerPort)
                .findFirst();
    }

    private void checkService(String service, Map<String, String> podLabels, List<ContainerPort> ports, int port) {
        List<Service> services = manifests.all(Service.class).stream()
                .filter(s -> s.getMetadata().getName().equals(service)).toList();
        if (services.size() != 1) {
            problems.add(service + ": " + services.size() + " Services named so, not 1 (the owner URLs name it)");
            return;
        }
        Map<String, String> selector = Optional.ofNullable(services.get(0).getSpec().getSelector()).orElse(Map.of());
        if (selector.isEmpty() || !podLabels.entrySet().containsAll(selector.entrySet())) {
            problems.add("Service " + service + ": selector " + selector + " does not match Deployment " + service
                    + "'s pod labels " + podLabels);
        }
        List<ServicePort> servicePorts = services.get(0).getSpec().getPorts();
        boolean serves = servicePorts.stream().anyMatch(p -> p.getPort() == port
                && containerPort(Optional.ofNullable(p.getTargetPort()).orElse(new IntOrString(p.getPort())), ports)
                        .filter(target -> target == port).isPresent());
        if (!serves) {
            problems.add("Service " + service + ": no port " + port + " to the container's port " + port);
        }
    }

    private void checkDisruptionBudget(String service, Map<String, String> podLabels, int replicas) {
        List<PodDisruptionBudget> budgets = manifests.all(PodDisruptionBudget.class).stream()
                .filter(b -> selects(b.getSpec().getSelector(), podLabels)).toList();
        if (budgets.size() != 1) {
            problems.add(service + ": " + budgets.size() + " PodDisruptionBudgets select its pods, not 1");
            return;
        }
        IntOrString minAvailable = budgets.get(0).getSpec().getMinAvailable();
        if (minAvailable != null && minAvailable.getIntVal() != null && minAvailable.getIntVal() >= replicas) {
            problems.add("PodDisruptionBudget " + budgets.get(0).getMetadata().getName() + ": minAvailable "
                    + minAvailable.getIntVal() + " of " + replicas + " replicas lets no pod be evicted (a node drain would hang)");
        }
    }

    /** Whether a selector (matchLabels only: the manifests use no expressions) selects these labels. */
    private boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null || selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty()) {
            return false;
        }
        if (selector.getMatchExpressions() != null && !selector.getMatchExpressions().isEmpty()) {
            problems.add("A selector with matchExpressions, which this check does not evaluate: " + selector);
            return false;
        }
        return labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
    }
}
