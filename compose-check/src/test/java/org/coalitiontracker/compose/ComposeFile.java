package org.coalitiontracker.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A Compose file as Compose itself reads it before validating: YAML (anchors and merge keys
 * resolved, duplicate keys rejected), then variables interpolated in every string value —
 * {@code $$}, {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}},
 * {@code ${VAR:?error}}, {@code ${VAR?error}}, {@code ${VAR:+other}}, {@code ${VAR+other}}.
 */
public final class ComposeFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VARIABLE = Pattern.compile(
            "\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    private final JsonNode raw;
    private final JsonNode interpolated;
    private final Set<String> variablesWithoutDefault = new TreeSet<>();

    private ComposeFile(JsonNode raw, Map<String, String> environment) {
        this.raw = raw;
        this.interpolated = interpolate(raw.deepCopy(), environment);
    }

    /** The project's docker-compose.yml, interpolated with an empty environment (every default applies). */
    public static ComposeFile project() {
        return read(Project.root().resolve("docker-compose.yml"));
    }

    public static ComposeFile read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ComposeFile parse(String yaml) {
        return parse(yaml, Map.of());
    }

    public static ComposeFile parse(String yaml, Map<String, String> environment) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object document = new Yaml(new SafeConstructor(options)).load(yaml);
        return new ComposeFile(JSON.valueToTree(document), environment);
    }

    /** As written, before interpolation. */
    public JsonNode raw() {
        return raw;
    }

    /** What Compose validates and runs. */
    public JsonNode document() {
        return interpolated;
    }

    /** Variables referenced with no default and not set: Compose would substitute an empty string or stop. */
    public Set<String> variablesWithoutDefault() {
        return variablesWithoutDefault;
    }

    public JsonNode service(String name) {
        JsonNode service = interpolated.path("services").path(name);
        if (service.isMissingNode()) {
            throw new AssertionError("docker-compose.yml has no service '" + name + "'");
        }
        return service;
    }

    public List<String> serviceNames() {
        List<String> names = new ArrayList<>();
        interpolated.path("services").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** A service's environment, in either of Compose's two forms (a map, or a list of {@code NAME=value}). */
    public Map<String, String> environment(String serviceName) {
        JsonNode environment = service(serviceName).path("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment.isObject()) {
            environment.fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        } else if (environment.isArray()) {
            for (JsonNode entry : environment) {
                String text = entry.asText();
                int equals = text.indexOf('=');
                variables.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
            }
        }
        return variables;
    }

    private JsonNode interpolate(JsonNode node, Map<String, String> environment) {
        if (node.isTextual()) {
            return TextNode.valueOf(substitute(node.asText(), environment));
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(interpolate(field.getValue(), environment));
            }
        } else if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, interpolate(array.get(i), environment));
            }
        }
        return node;
    }

    private String substitute(String text, Map<String, String> environment) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(value(matcher, environment)));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private String value(Matcher matcher, Map<String, String> environment) {
        if (matcher.group().equals("$$")) {
            return "$";
        }
        String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
        String operator = matcher.group(2);
        String argument = matcher.group(3);
        String value = environment.get(name);
        boolean set = value != null;
        boolean nonEmpty = set && !value.isEmpty();
        if (operator == null) {
            if (!set) {
                variablesWithoutDefault.add(name);
            }
            return set ? value : "";
        }
        return switch (operator) {
            case ":-" -> nonEmpty ? value : argument;
            case "-" -> set ? value : argument;
            case ":+" -> nonEmpty ? argument : "";
            case "+" -> set ? argument : "";
            case ":?", "?" -> {
                if (operator.equals(":?") ? nonEmpty : set) {
                    yield value;
                }
                variablesWithoutDefault.add(name);
                yield "";
            }
            default -> throw new IllegalStateException(operator);
        };
    }
}
