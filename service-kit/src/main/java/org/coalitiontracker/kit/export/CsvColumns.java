package org.coalitiontracker.kit.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coalitiontracker.kit.time.PartialDate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The columns of a CSV export, in order, each with how it is read from a list item. The
 * flattening rules are the same for every service (docs/api-decisions.md "Exports"), so that
 * a service only names its columns:
 * <ul>
 * <li>a scalar is written as in the item's JSON (dates, instants, partial dates as their JSON
 * strings, enums by name); absent ({@code null}) is an empty field;</li>
 * <li>a list of scalars ({@link #list}) is its elements in order joined by {@value #LIST_SEPARATOR};
 * an empty list is an empty field;</li>
 * <li>a nested object ({@link #nested}) is one column per field, named {@code object.field};
 * an absent object leaves them all empty;</li>
 * <li>money ({@link #money}) is two columns, the decimal string and the ISO 4217 code;</li>
 * <li>a list of objects (sources, claims, timelines: {@link #json}) is its JSON, compact, in one
 * field, since no set of columns could hold it.</li>
 * </ul>
 */
public final class CsvColumns<T> {

    public static final String LIST_SEPARATOR = "|";

    @FunctionalInterface
    private interface Cell<T> {
        String of(T row, ObjectMapper json);
    }

    private final List<String> names = new ArrayList<>();
    private final List<Cell<T>> cells = new ArrayList<>();

    private CsvColumns() {
    }

    public static <T> CsvColumns<T> of(Class<T> type) {
        return new CsvColumns<>();
    }

    public CsvColumns<T> value(String name, Function<? super T, ?> value) {
        return add(name, (row, json) -> scalar(value.apply(row), json));
    }

    public CsvColumns<T> list(String name, Function<? super T, ? extends Collection<?>> values) {
        return add(name, (row, json) -> {
            Collection<?> elements = values.apply(row);
            return elements == null ? "" : elements.stream().map(element -> scalar(element, json)).collect(Collectors.joining(LIST_SEPARATOR));
        });
    }

    public CsvColumns<T> json(String name, Function<? super T, ?> value) {
        return add(name, (row, json) -> {
            Object found = value.apply(row);
            try {
                return found == null ? "" : json.writeValueAsString(found);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A " + name + " value that was just read cannot be written as JSON", e);
            }
        });
    }

    public <N> CsvColumns<T> nested(String name, Function<? super T, N> value, CsvColumns<N> columns) {
        for (int i = 0; i < columns.names.size(); i++) {
            Cell<N> cell = columns.cells.get(i);
            add(name + "." + columns.names.get(i), (row, json) -> {
                N nested = value.apply(row);
                return nested == null ? "" : cell.of(nested, json);
            });
        }
        return this;
    }

    public <M> CsvColumns<T> money(String amountName, String currencyName, Function<? super T, M> money, Function<M, ?> amount,
            Function<M, ?> currency) {
        return value(amountName, row -> Optional.ofNullable(money.apply(row)).map(amount).orElse(null))
                .value(currencyName, row -> Optional.ofNullable(money.apply(row)).map(currency).orElse(null));
    }

    public List<String> names() {
        return List.copyOf(names);
    }

    List<String> row(T item, ObjectMapper json) {
        List<String> row = new ArrayList<>(cells.size());
        for (Cell<T> cell : cells) {
            row.add(cell.of(item, json));
        }
        return row;
    }

    private CsvColumns<T> add(String name, Cell<T> cell) {
        if (names.contains(name)) {
            throw new IllegalArgumentException("Two CSV columns named " + name);
        }
        names.add(name);
        cells.add(cell);
        return this;
    }

    /** As the value's JSON says it, without the quotes of a JSON string; the common types without asking Jackson. */
    private static String scalar(Object value, ObjectMapper json) {
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof UUID) {
            return value.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        // What Jackson writes for these when dates are not timestamps: ISO text, which is their
        // toString (a partial date's is its @JsonValue).
        if ((value instanceof Instant || value instanceof LocalDate || value instanceof PartialDate)
                && !json.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)) {
            return value.toString();
        }
        JsonNode node = json.valueToTree(value);
        return node.isNull() ? "" : node.isValueNode() ? node.asText() : node.toString();
    }
}
