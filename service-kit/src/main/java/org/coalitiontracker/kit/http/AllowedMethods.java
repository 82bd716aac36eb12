package org.coalitiontracker.kit.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The HTTP methods the resources declare for a request path. RESTEasy Reactive answers a wrong
 * method with a 405 whose {@code Allow} header is empty, and a wrong method on a path served by
 * a second resource class (a {@code /orders/{id}/lines} next to {@code /orders}) with
 * a 404, because it picks the class before looking at methods; this table lets the problem
 * mappers answer both as 405 with the methods the path does take.
 */
@ApplicationScoped
public class AllowedMethods {

    private final List<Route> routes;

    public AllowedMethods(BeanManager beans) {
        List<Route> found = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                httpMethod(method).ifPresent(http -> {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(Route.of(join(root.value(), sub == null ? "" : sub.value()), http));
                });
            }
        }
        this.routes = List.copyOf(found);
    }

    /**
     * The methods of the most specific template matching the path (the one JAX-RS would pick,
     * by its literal characters), HEAD included where GET is; empty when nothing matches.
     */
    public Set<String> forPath(String path) {
        String normalized = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Optional<Route> best = routes.stream().filter(route -> route.pattern().matcher(normalized).matches())
                .max(Comparator.comparingInt(Route::literalLength));
        Set<String> methods = new TreeSet<>();
        best.ifPresent(winner -> routes.stream().filter(route -> route.pattern().pattern().equals(winner.pattern().pattern()))
                .forEach(route -> methods.add(route.method())));
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        return methods;
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return Optional.of(http.value());
            }
        }
        return Optional.empty();
    }

    private static String join(String root, String sub) {
        String joined = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    record Route(String template, String method, Pattern pattern, int literalLength) {

        /** {@code {name}} matches one segment, {@code {name: regex}} its regex; the rest literally. */
        static Route of(String template, String method) {
            StringBuilder regex = new StringBuilder();
            int literal = 0;
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                if (c != '{') {
                    regex.append(Pattern.quote(String.valueOf(c)));
                    literal++;
                    i++;
                    continue;
                }
                int depth = 0;
                int end = i;
                for (; end < template.length(); end++) {
                    depth += template.charAt(end) == '{' ? 1 : template.charAt(end) == '}' ? -1 : 0;
                    if (depth == 0) {
                        break;
                    }
                }
                String variable = template.substring(i + 1, end);
                int colon = variable.indexOf(':');
                regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).trim()).append(')');
                i = end + 1;
            }
            return new Route(template, method, Pattern.compile(regex.toString()), literal);
        }
    }
}
