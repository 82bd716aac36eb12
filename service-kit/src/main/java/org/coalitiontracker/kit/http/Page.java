package org.coalitiontracker.kit.http;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with what a client needs to fetch the rest. */
public record Page<T>(
        @Schema(description = "The items on this page, in the list's documented order.")
        List<T> items,
        @Schema(description = "Zero-based number of this page.", examples = "0")
        int page,
        @Schema(description = "Page size applied (requested size, capped at 200).", examples = "50")
        int size,
        @Schema(description = "Number of items matching the filters, on all pages.", examples = "31")
        long total) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(List.copyOf(items), request.page(), request.size(), total);
    }

    /**
     * The requested page of a whole list already filtered and in its order: for the few lists
     * answered from memory (from the record's history), whose length is small.
     */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        return of(all.subList(from, Math.min(from + request.size(), all.size())), request, all.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
