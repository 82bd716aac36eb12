package org.coalitiontracker.kit.events;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A field of a consumed aggregate's JSON state that a service reads from its read copy, by its
 * path in the producer's payload: {@code status}, or {@code participants[].role} for a field of
 * each element of an array. A consumer declares each one in its {@link ChangeEventContract} and
 * builds its SQL and its checks from the same constant, so that what it declares is what it reads;
 * the suite checks every declared path against the schema the producer publishes.
 */
public record StateField(String path) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String ELEMENT = "[].";
    private static final Pattern ELEMENT_SEPARATOR = Pattern.compile(ELEMENT, Pattern.LITERAL);

    public StateField {
        for (String segment : ELEMENT_SEPARATOR.split(path, -1)) {
            if (!NAME.matcher(segment).matches()) {
                throw new IllegalArgumentException("Not a state field path: '" + path + "'");
            }
        }
    }

    public static StateField of(String name) {
        return new StateField(name);
    }

    /** The field {@code name} of each element of this array field. */
    public StateField element(String name) {
        return new StateField(path + ELEMENT + name);
    }

    /** The field's own name: the last segment of its path. */
    public String key() {
        return path.substring(path.lastIndexOf(ELEMENT) < 0 ? 0 : path.lastIndexOf(ELEMENT) + ELEMENT.length());
    }

    /** SQL for the field as text, of {@code json} (the {@code state} column, or an array element's alias). */
    public String text(String json) {
        return json + " ->> '" + key() + "'";
    }

    /** SQL for the field as jsonb, of {@code json}. */
    public String json(String json) {
        return json + " -> '" + key() + "'";
    }

    /** The field in a state read from the copy (a top-level field: {@code node.path(key)}). */
    public JsonNode in(JsonNode state) {
        return state.path(key());
    }

    /** The path's segments: {@code participants[].role} is {@code participants}, {@code role}. */
    public java.util.List<String> segments() {
        return java.util.List.of(ELEMENT_SEPARATOR.split(path));
    }
}
