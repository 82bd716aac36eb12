package org.coalitiontracker.kit.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.coalitiontracker.kit.problem.FieldError;
import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.problem.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Claims on a record's fields, checked and applied on the write path. A body's claims live in its
 * {@value #PROPERTY} property; every other property of the body may be claimed, and a service may
 * name claim-only attributes (a reported figure the record has no field for). Nothing here knows a
 * service's records: fields are found from the body's JSON properties.
 */
@ApplicationScoped
public class Claims {

    public static final String PROPERTY = "claims";
    /** What a view's {@code claims} are, for every record type; a service adds what is particular to its record. */
    public static final String CLAIMS_DESCRIPTION = "What the sources say about the record's fields, each claim with its sources and rank. "
            + "See docs/api-decisions.md, \"Claims\".";
    /** What a view's {@code disputedFields} are ({@link #disputedFields}). */
    public static final String DISPUTED_FIELDS_DESCRIPTION = "The fields whose claims disagree with none preferred; each field's value is "
            + "then the one most sources give.";
    private static final TypeReference<List<Claim>> CLAIM_LIST = new TypeReference<>() {
    };

    private final ObjectMapper mapper;
    private final Validator validator;
    private final Map<Class<?>, Map<String, JavaType>> fieldsByBody = new ConcurrentHashMap<>();

    public Claims(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The fields of a record whose claims disagree with none preferred, in name order. */
    public static List<String> disputedFields(List<Claim> claims) {
        return FieldClaims.of(claims == null ? List.of() : claims).stream().filter(FieldClaims::disputed).map(FieldClaims::field).sorted().toList();
    }

    /**
     * {@code body} with its claims checked and its claimed fields settled by the one rule
     * ({@link FieldClaims#value}): each claim's value is validated as the field's own value would
     * be and kept in the field's own form; a field the claims decide is filled in when the body
     * leaves it out. A claim that is invalid, repeated, deprecated without a note, or preferred
     * against another preferred value, and a field whose value contradicts its claims, are one
     * 422 problem naming each ({@code claims[1].value}, {@code signedOn}).
     *
     * @param attributes claim-only attributes and the type of their values
     */
    @SuppressWarnings("unchecked")
    public <B> B settle(B body, Map<String, Class<?>> attributes) {
        ObjectNode tree = mapper.valueToTree(body);
        JsonNode given = tree.get(PROPERTY);
        if (given == null || given.isNull() || given.isEmpty()) {
            return body;
        }
        Class<B> type = (Class<B>) body.getClass();
        Map<String, JavaType> fields = fields(type);
        List<Claim> claims = mapper.convertValue(given, CLAIM_LIST);
        List<FieldError> errors = new ArrayList<>();
        List<Claim> normalised = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            String at = PROPERTY + "[" + i + "]";
            JavaType fieldType = fields.get(claim.field());
            Class<?> attribute = attributes.get(claim.field());
            if (fieldType == null && attribute == null) {
                errors.add(new FieldError(at + ".field", "is not a field of this record that can be claimed; one of: "
                        + String.join(", ", new java.util.TreeSet<>(union(fields.keySet(), attributes.keySet())))));
                continue;
            }
            Optional<JsonNode> value = fieldType != null ? valueOfField(type, claim.field(), fieldType, claim.value(), at + ".value", errors)
                    : valueOf(mapper.constructType(attribute), claim.value(), at + ".value", errors);
            if (claim.rank() == Rank.DEPRECATED && (claim.note() == null || claim.note().isBlank())) {
                errors.add(new FieldError(at + ".note", "must say why the claim is deprecated"));
            }
            if (value.isEmpty()) {
                continue;
            }
            for (int j = 0; j < normalised.size(); j++) {
                Claim earlier = normalised.get(j);
                if (earlier != null && earlier.field().equals(claim.field())) {
                    if (earlier.value().equals(value.get())) {
                        errors.add(new FieldError(at + ".value", "repeats the value of " + PROPERTY + "[" + j + "]; give all its sources in one claim"));
                    } else if (earlier.rank() == Rank.PREFERRED && claim.rank() == Rank.PREFERRED) {
                        errors.add(new FieldError(at + ".rank", "another value of " + claim.field() + " is already preferred (" + PROPERTY + "["
                                + j + "]); prefer one"));
                    }
                }
            }
            normalised.add(new Claim(claim.field(), value.get(), claim.sources(), claim.rank(), claim.note()));
        }
        if (errors.isEmpty()) {
            for (FieldClaims field : FieldClaims.of(normalised)) {
                if (!fields.containsKey(field.field())) {
                    continue;
                }
                JsonNode stored = tree.get(field.field());
                Optional<JsonNode> decided = field.value();
                if (decided.isPresent() && (stored == null || stored.isNull())) {
                    tree.set(field.field(), decided.get());
                } else if (decided.isPresent() && !decided.get().equals(stored)) {
                    errors.add(new FieldError(field.field(), "contradicts its claims, which give " + decided.get()
                            + (field.disputed() ? " (the value most sources give, as no claim is preferred)" : "")));
                } else if (decided.isEmpty() && stored != null && field.values().contains(stored)) {
                    errors.add(new FieldError(field.field(), "is a value its claims deprecate"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The claims are invalid or contradict the record: " + errors.size()
                    + " problem" + (errors.size() == 1 ? "" : "s") + ".", errors);
        }
        tree.set(PROPERTY, mapper.valueToTree(normalised));
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A settled body does not read back as " + type.getSimpleName(), e);
        }
    }

    private Optional<JsonNode> valueOfField(Class<?> body, String field, JavaType type, JsonNode value, String at, List<FieldError> errors) {
        Optional<Object> parsed = parse(type, value, at, errors);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        int before = errors.size();
        for (ConstraintViolation<?> violation : validator.validateValue(body, field, parsed.get())) {
            errors.add(new FieldError(at, violation.getMessage()));
        }
        validateParts(parsed.get(), at, errors);
        return errors.size() == before ? Optional.of(mapper.valueToTree(parsed.get())) : Optional.empty();
    }

    private Optional<JsonNode> valueOf(JavaType type, JsonNode value, String at, List<FieldError> errors) {
        int before = errors.size();
        Optional<Object> parsed = parse(type, value, at, errors);
        parsed.ifPresent(found -> validateParts(found, at, errors));
        return parsed.filter(found -> errors.size() == before).map(mapper::valueToTree);
    }

    private Optional<Object> parse(JavaType type, JsonNode value, String at, List<FieldError> errors) {
        try {
            Object parsed = mapper.treeToValue(value, type);
            if (parsed == null) {
                errors.add(new FieldError(at, "must not be null"));
            }
            return Optional.ofNullable(parsed);
        } catch (MismatchedInputException e) {
            errors.add(new FieldError(at, e.getOriginalMessage()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            errors.add(new FieldError(at, "is not a valid value of the field"));
        }
        return Optional.empty();
    }

    /** Bean Validation does not cascade into a value checked on its own, so the parts of an object or a list are checked here. */
    private void validateParts(Object value, String at, List<FieldError> errors) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                validateParts(item, at + "[" + i++ + "]", errors);
            }
        } else if (!value.getClass().getName().startsWith("java.") && !value.getClass().isEnum()) {
            for (ConstraintViolation<Object> violation : validator.validate(value)) {
                errors.add(new FieldError(at + "." + violation.getPropertyPath(), violation.getMessage()));
            }
        }
    }

    private Map<String, JavaType> fields(Class<?> body) {
        return fieldsByBody.computeIfAbsent(body, type -> {
            Map<String, JavaType> found = new TreeMap<>();
            for (BeanPropertyDefinition property : mapper.getDeserializationConfig().introspect(mapper.constructType(type)).findProperties()) {
                if (!property.getName().equals(PROPERTY)) {
                    found.put(property.getName(), property.getPrimaryType());
                }
            }
            return Map.copyOf(found);
        });
    }

    private static List<String> union(Collection<String> first, Collection<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
