package org.coalitiontracker.kit.persistence;

import java.util.function.Function;

import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Runs a Panache query for one page and counts the whole result; the page's records are only shown ({@link ReadOnly}). */
public final class Pages {

    private Pages() {
    }

    public static <E, V> Page<V> fetch(PanacheQuery<E> query, PageRequest request, Function<? super E, ? extends V> toView) {
        long total = query.count();
        var items = ReadOnly.query(query).range(request.offset(), request.offset() + request.size() - 1).list();
        return Page.of(items.stream().<V>map(toView).toList(), request, total);
    }
}
