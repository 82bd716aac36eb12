package org.coalitiontracker.kit.stored;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Adds fields to a stored representation (compact JSON, as the service's ObjectMapper writes it)
 * without reading it into objects: one pass of a streaming parser finds the fields of the objects
 * asked for, with the text of their scalar values, and each new field is spliced into the text
 * where the mapper puts it. Jackson writes the fields of the services' view records in
 * alphabetical order, and the kit's mapper leaves out nulls, so a new field goes before the first
 * present field whose name sorts after it. The scan checks that order in every object it reads:
 * a view written in another order ({@code @JsonPropertyOrder}) fails loudly rather than being
 * answered wrong.
 *
 * <p>An object is named by the field names leading to it, arrays passed through: {@code ""} is
 * the top-level object, {@code "participants"} each object in the array {@code participants}.
 */
public final class JsonInsertions {

    private static final String ROOT = "";

    private final ObjectMapper mapper;
    private final String json;
    private final Map<String, List<Fields>> objects = new HashMap<>();
    private final List<Insertion> insertions = new ArrayList<>();

    private JsonInsertions(ObjectMapper mapper, String json) {
        this.mapper = mapper;
        this.json = json;
    }

    /**
     * Reads the fields of the top-level object of {@code json} and of the objects at {@code paths};
     * {@code mapper} writes the values put in later.
     */
    public static JsonInsertions of(ObjectMapper mapper, String json, String... paths) {
        JsonInsertions insertions = new JsonInsertions(mapper, json);
        Set<String> watched = new HashSet<>(List.of(paths));
        watched.add(ROOT);
        insertions.scan(watched);
        return insertions;
    }

    /** The top-level object. */
    public Fields root() {
        return objects.get(ROOT).get(0);
    }

    /** Every object at {@code path}, in document order. */
    public List<Fields> objects(String path) {
        return objects.getOrDefault(path, List.of());
    }

    /** The text with every field put in. */
    public String json() {
        if (insertions.isEmpty()) {
            return json;
        }
        List<Insertion> ordered = new ArrayList<>(insertions);
        ordered.sort(Comparator.comparingInt(Insertion::at));
        StringBuilder text = new StringBuilder(json.length() + 32 * ordered.size());
        int copied = 0;
        for (Insertion insertion : ordered) {
            text.append(json, copied, insertion.at()).append(insertion.text());
            copied = insertion.at();
        }
        return text.append(json, copied, json.length()).toString();
    }

    /** The fields of one object of the text. */
    public final class Fields {

        private final List<String> names = new ArrayList<>();
        private final List<Integer> starts = new ArrayList<>();
        private final Map<String, String> texts = new HashMap<>();
        private int end;

        /** The text of the scalar field {@code name}: empty when it is absent, null, an object or an array. */
        public Optional<String> text(String name) {
            return Optional.ofNullable(texts.get(name));
        }

        /** Puts {@code name: value} where the mapper would write it; nothing for a null value. */
        public Fields put(String name, Object value) {
            if (value == null) {
                return this;
            }
            if (names.contains(name)) {
                throw new IllegalStateException("The stored representation already has the field " + name);
            }
            String field = field(name, value);
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).compareTo(name) > 0) {
                    insertions.add(new Insertion(starts.get(i), field + ","));
                    return this;
                }
            }
            insertions.add(new Insertion(end, names.isEmpty() ? field : "," + field));
            return this;
        }

        private void add(String name, int start) {
            if (!names.isEmpty() && names.get(names.size() - 1).compareTo(name) >= 0) {
                throw new IllegalStateException("A stored representation's fields are not in alphabetical order (" + names.get(names.size() - 1)
                        + " before " + name + "): fields cannot be put where its mapper would write them");
            }
            names.add(name);
            starts.add(start);
        }
    }

    private String field(String name, Object value) {
        try {
            return mapper.writeValueAsString(name) + ":" + mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + name, e);
        }
    }

    private void scan(Set<String> watched) {
        Set<String> onTheWay = new HashSet<>();
        for (String path : watched) {
            onTheWay.addAll(List.of(path.split("\\.")));
        }
        // One entry per object entered: its fields if it is watched, empty if it only leads to one.
        Deque<Optional<Fields>> open = new ArrayDeque<>();
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT) {
                    enter(parser, watched, open);
                } else if (token == JsonToken.END_OBJECT) {
                    Optional<Fields> closed = open.pop();
                    closed.ifPresent(fields -> fields.end = (int) parser.currentTokenLocation().getCharOffset());
                } else if (token == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    Optional<Fields> fields = open.peek();
                    if (fields.isPresent()) {
                        fields.get().add(name, (int) parser.currentTokenLocation().getCharOffset());
                    }
                    JsonToken value = parser.nextToken();
                    if (value.isStructStart()) {
                        if (!onTheWay.contains(name)) {
                            parser.skipChildren();
                        } else if (value == JsonToken.START_OBJECT) {
                            enter(parser, watched, open);
                        }
                    } else if (fields.isPresent() && value != JsonToken.VALUE_NULL) {
                        parser.finishToken();
                        fields.get().texts.put(name, parser.getText());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("A stored representation is not JSON", e);
        }
    }

    private void enter(JsonParser parser, Set<String> watched, Deque<Optional<Fields>> open) {
        String path = path(parser.getParsingContext());
        Optional<Fields> fields = watched.contains(path) ? Optional.of(new Fields()) : Optional.empty();
        fields.ifPresent(f -> objects.computeIfAbsent(path, p -> new ArrayList<>()).add(f));
        open.push(fields);
    }

    /** The path of the object just entered: the names of the fields holding it, arrays passed through. */
    private static String path(JsonStreamContext object) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext parent = object.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.inObject()) {
                path.insert(0, path.length() == 0 ? parent.getCurrentName() : parent.getCurrentName() + ".");
            }
        }
        return path.toString();
    }

    private record Insertion(int at, String text) {
    }
}
