package org.coalitiontracker.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * deploy/kubernetes as {@code kubectl apply -k} reads it: the kustomization's resources, each a
 * YAML stream of objects, bound strictly to fabric8's Kubernetes model. Strictly means: only the
 * kinds and API versions below, duplicate keys rejected, and no field the model does not know
 * anywhere in an object. fabric8's classes keep unknown fields in {@code additionalProperties}
 * instead of failing (the API server's own, lenient, behaviour); a misspelt {@code readinesProbe}
 * would then be silently dropped, so every such map must come out empty.
 */
public final class KubernetesManifests {

    /** The kustomization file's name; every other file comes from its {@code resources}. */
    static final String KUSTOMIZATION = "kustomization.yaml";

    private record Kind(String apiVersion, Class<? extends HasMetadata> type) {
    }

    private static final Map<String, Kind> KINDS = Map.of(
            "Deployment", new Kind("apps/v1", Deployment.class),
            "Service", new Kind("v1", Service.class),
            "ConfigMap", new Kind("v1", ConfigMap.class),
            "Secret", new Kind("v1", Secret.class),
            "PodDisruptionBudget", new Kind("policy/v1", PodDisruptionBudget.class));

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Map<String, Object> kustomization;
    private final List<HasMetadata> objects;

    private KubernetesManifests(Map<String, Object> kustomization, List<HasMetadata> objects) {
        this.kustomization = kustomization;
        this.objects = objects;
    }

    static Path directory() {
        return Project.root().resolve("deploy/kubernetes");
    }

    /** The project's deploy/kubernetes files, by file name. */
    static Map<String, String> projectFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> listing = Files.list(directory())) {
            for (Path file : listing.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static KubernetesManifests project() {
        return parse(projectFiles());
    }

    /**
     * Parses a folder's files (name to content). Every file but the kustomization must be one of its
     * resources, so that nothing in the folder is left out of {@code kubectl apply -k}.
     */
    @SuppressWarnings("unchecked")
    public static KubernetesManifests parse(Map<String, String> files) {
        if (!files.containsKey(KUSTOMIZATION)) {
            throw new IllegalArgumentException("No " + KUSTOMIZATION);
        }
        Map<String, Object> kustomization = (Map<String, Object>) yaml().load(files.get(KUSTOMIZATION));
        if (!"kustomize.config.k8s.io/v1beta1".equals(kustomization.get("apiVersion"))
                || !"Kustomization".equals(kustomization.get("kind"))) {
            throw new IllegalArgumentException(KUSTOMIZATION + " is not a kustomize.config.k8s.io/v1beta1 Kustomization");
        }
        List<String> resources = (List<String>) kustomization.getOrDefault("resources", List.of());
        List<String> unlisted = new ArrayList<>(files.keySet());
        unlisted.remove(KUSTOMIZATION);
        unlisted.removeAll(resources);
        if (!unlisted.isEmpty()) {
            throw new IllegalArgumentException("Files not in " + KUSTOMIZATION + "'s resources: " + unlisted);
        }
        List<HasMetadata> objects = new ArrayList<>();
        for (String resource : resources) {
            if (!files.containsKey(resource)) {
                throw new IllegalArgumentException(KUSTOMIZATION + " lists " + resource + ", which does not exist");
            }
            for (Object document : yaml().loadAll(files.get(resource))) {
                if (document != null) {
                    objects.add(bind(resource, (Map<String, Object>) document));
                }
            }
        }
        return new KubernetesManifests(kustomization, objects);
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options));
    }

    private static HasMetadata bind(String file, Map<String, Object> document) {
        Object kindName = document.get("kind");
        Kind kind = KINDS.get(String.valueOf(kindName));
        if (kind == null) {
            throw new IllegalArgumentException(file + ": kind " + kindName + " is not one of " + KINDS.keySet());
        }
        if (!kind.apiVersion().equals(document.get("apiVersion"))) {
            throw new IllegalArgumentException(file + ": a " + kindName + " is " + kind.apiVersion()
                    + ", not " + document.get("apiVersion"));
        }
        HasMetadata object;
        try {
            object = JSON.convertValue(document, kind.type());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": not a valid " + kindName + ": " + e.getMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        unknownFields(object, kindName.toString(), unknown);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(file + ": fields the Kubernetes model does not know: " + unknown);
        }
        if (object.getMetadata() == null || object.getMetadata().getName() == null) {
            throw new IllegalArgumentException(file + ": a " + kindName + " without metadata.name");
        }
        return object;
    }

    /** Walks the model's getters, collecting every additionalProperties entry with where it is. */
    private static void unknownFields(Object value, String path, List<String> unknown) {
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + index++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> unknownFields(item, path + "." + key, unknown));
            return;
        }
        if (!(value instanceof KubernetesResource)) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() > 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(getter.toString(), e);
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) child).keySet().forEach(key -> unknown.add(path + "." + key));
            } else {
                String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
                unknownFields(child, path + "." + field, unknown);
            }
        }
    }

    public List<HasMetadata> objects() {
        return objects;
    }

    public <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> kustomizationImages() {
        return (List<Map<String, Object>>) kustomization.getOrDefault("images", List.of());
    }
}
