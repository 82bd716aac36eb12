package org.coalitiontracker.kit.stored;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * A fingerprint of what a view's JSON looks like: its record components in order with their
 * types, recursively (records, enums and their constants, type arguments), and the Jackson
 * annotations on them. A stored representation is only served while the view it was written
 * from has the same fingerprint; a release that adds, removes, renames, reorders or retypes a
 * field therefore never answers with a text of the old shape.
 *
 * <p>It includes jackson-databind's version. What it cannot see is any other change of
 * serialisation that leaves the classes as they are (an ObjectMapper setting, a custom
 * serialiser's output): such a change must raise {@link #FORMAT}.
 */
final class RepresentationShape {

    /** Raised whenever the services' JSON changes without a change to the view classes. */
    static final int FORMAT = 1;

    private RepresentationShape() {
    }

    static String of(Class<?> view) {
        // Jackson's version too: a release of it may write the same classes differently (their order).
        StringBuilder description = new StringBuilder("format ").append(FORMAT).append(", jackson-databind ")
                .append(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION).append(' ');
        describe(view, description, new HashSet<>());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(description.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static void describe(Type type, StringBuilder into, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            describe(parameterized.getRawType(), into, seen);
            into.append('<');
            for (Type argument : parameterized.getActualTypeArguments()) {
                describe(argument, into, seen);
                into.append(',');
            }
            into.append('>');
        } else if (type instanceof GenericArrayType array) {
            describe(array.getGenericComponentType(), into, seen);
            into.append("[]");
        } else if (type instanceof WildcardType wildcard) {
            into.append('?');
            Arrays.stream(wildcard.getUpperBounds()).forEach(bound -> describe(bound, into, seen));
        } else if (type instanceof Class<?> type1) {
            describeClass(type1, into, seen);
        } else {
            into.append(type.getTypeName());
        }
    }

    private static void describeClass(Class<?> type, StringBuilder into, Set<Class<?>> seen) {
        // A record's or an enum's name is not in its JSON: renaming one keeps the shape.
        if (!type.isRecord() && !type.isEnum() || !seen.add(type)) {
            into.append(type.getName());
            return;
        }
        jacksonAnnotations(type.getAnnotations(), into);
        if (type.isEnum()) {
            into.append(Arrays.toString(type.getEnumConstants()));
        } else if (type.isRecord()) {
            into.append('{');
            for (RecordComponent component : type.getRecordComponents()) {
                into.append(component.getName()).append(':');
                jacksonAnnotations(annotationsOf(type, component), into);
                describe(component.getGenericType(), into, seen);
                into.append(';');
            }
            into.append('}');
        }
    }

    private static Annotation[] annotationsOf(Class<?> record, RecordComponent component) {
        try {
            Field field = record.getDeclaredField(component.getName());
            Annotation[] onField = field.getAnnotations();
            Annotation[] onAccessor = component.getAccessor().getAnnotations();
            Annotation[] all = Arrays.copyOf(onField, onField.length + onAccessor.length);
            System.arraycopy(onAccessor, 0, all, onField.length, onAccessor.length);
            return all;
        } catch (NoSuchFieldException e) {
            return component.getAnnotations();
        }
    }

    private static void jacksonAnnotations(Annotation[] annotations, StringBuilder into) {
        Arrays.stream(annotations).filter(a -> a.annotationType().getName().startsWith("com.fasterxml.jackson"))
                .map(RepresentationShape::describe).sorted().forEach(into::append);
    }

    /** Its type and values, spelled here rather than by {@code toString}, whose format differs between JDKs. */
    private static String describe(Annotation annotation) {
        StringBuilder text = new StringBuilder("@").append(annotation.annotationType().getName()).append('(');
        Method[] members = annotation.annotationType().getDeclaredMethods();
        Arrays.sort(members, Comparator.comparing(Method::getName));
        for (Method member : members) {
            try {
                Object value = member.invoke(annotation);
                text.append(member.getName()).append('=')
                        .append(value.getClass().isArray() ? Arrays.deepToString(new Object[] { value }) : String.valueOf(value)).append(',');
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + member, e);
            }
        }
        return text.append(')').toString();
    }
}
