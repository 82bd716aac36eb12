package org.coalitiontracker.kit.json;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import org.coalitiontracker.kit.time.PartialDate;

import io.quarkus.jackson.ObjectMapperCustomizer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Completes {@link StrictJsonCustomizer} where Jackson is lenient in ways a module must override: a date-time must be ISO 8601 text,
 * because Jackson otherwise reads a number as seconds since 1970 (and {@code 1e400} as
 * 1970-01-01); a date too, because Jackson otherwise reads {@code [2025, 9, 4]} as a date and
 * {@code []} as no date at all (so a PATCH could clear a date it never named); an enum value must be one of the names exactly, because Jackson otherwise trims
 * it first and accepts {@code "HELD "} or {@code "HELD\u0000"}; a {@link PartialDate} must be text naming a real period.
 */
@Singleton
public class StrictValuesJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public int priority() {
        // Applied after the other customizers, so this deserializer wins over JavaTimeModule's.
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("strict-values")
                .addDeserializer(OffsetDateTime.class,
                        new TextualTimeDeserializer<>(OffsetDateTime.class, OffsetDateTime::parse, "not an ISO 8601 date-time with offset"))
                .addDeserializer(LocalDate.class, new TextualTimeDeserializer<>(LocalDate.class, LocalDate::parse, "not an ISO 8601 date"))
                .addDeserializer(PartialDate.class, new PartialDateDeserializer())
                .setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                            BeanDescription description, JsonDeserializer<?> deserializer) {
                        return new ExactEnumDeserializer(type.getRawClass(), deserializer);
                    }
                }));
    }

    /** A {@code java.time} value that must be ISO 8601 text: no number, no array such as {@code [2025, 9, 4]}, no {@code []}. */
    static final class TextualTimeDeserializer<T> extends StdScalarDeserializer<T> {

        private final Function<String, T> parse;
        private final String expected;

        TextualTimeDeserializer(Class<T> type, Function<String, T> parse, String expected) {
            super(type);
            this.parse = parse;
            this.expected = expected;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getText();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                return (T) context.handleWeirdStringValue(handledType(), text, expected);
            }
        }
    }

    /**
     * A date of reduced precision: text, or the body is malformed (400); text that is no such
     * date ({@code 2025-13}, {@code 2025-02-30}) is an invalid value of its field (422).
     */
    static final class PartialDateDeserializer extends StdScalarDeserializer<PartialDate> {

        PartialDateDeserializer() {
            super(PartialDate.class);
        }

        @Override
        public PartialDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (PartialDate) context.handleUnexpectedToken(PartialDate.class, parser);
            }
            String text = parser.getText();
            return PartialDate.tryParse(text).orElseThrow(() -> new InvalidValueException(parser, PartialDate.MESSAGE, PartialDate.class));
        }
    }

    static final class ExactEnumDeserializer extends StdDeserializer<Object> implements ContextualDeserializer {

        private final Set<String> names;
        private final JsonDeserializer<?> standard;

        ExactEnumDeserializer(Class<?> type, JsonDeserializer<?> standard) {
            super(type);
            this.names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toUnmodifiableSet());
            this.standard = standard;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
            JsonDeserializer<?> contextual = standard instanceof ContextualDeserializer c ? c.createContextual(context, property) : standard;
            return contextual == standard ? this : new ExactEnumDeserializer(handledType(), contextual);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && !names.contains(parser.getText())) {
                return context.handleWeirdStringValue(handledType(), parser.getText(), "not one of the values accepted");
            }
            return standard.deserialize(parser, context);
        }
    }
}
