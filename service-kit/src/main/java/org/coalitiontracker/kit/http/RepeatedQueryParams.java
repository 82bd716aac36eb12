package org.coalitiontracker.kit.http;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.kit.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JAX-RS hands a {@code String} query parameter the first of its values and drops the others,
 * so {@code status=PLEDGED&status=CONFIRMED} would quietly filter by PLEDGED alone. A parameter
 * declared as a single {@code String} therefore answers a repeat with a 400 naming it; a filter
 * that takes several values ("any of") declares a {@code List<String>} and reads it with
 * {@link QueryParams#enumValues}.
 */
public class RepeatedQueryParams {

    private static final Map<Method, Set<String>> SINGLE_VALUED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseRepeats(ResourceInfo resource, UriInfo uriInfo) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> single = SINGLE_VALUED.computeIfAbsent(method, RepeatedQueryParams::singleValued);
        uriInfo.getQueryParameters().forEach((name, values) -> {
            if (values.size() > 1 && single.contains(name)) {
                throw ProblemException.invalidParameter(name, "given " + values.size() + " times; it takes one value");
            }
        });
    }

    private static Set<String> singleValued(Method method) {
        Set<String> names = new HashSet<>();
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null && !Collection.class.isAssignableFrom(parameter.getType())) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null && !Collection.class.isAssignableFrom(field.getType())) {
                            names.add(fieldQuery.value());
                        }
                    }
                }
            }
        }
        return Set.copyOf(names);
    }
}
