package org.coalitiontracker.kit.http;

/**
 * Which page of a list a client asked for. Sizes above {@link #MAX_SIZE} are capped, so that
 * one request cannot ask for the whole table; the response says which size was applied.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    public static final String PAGE = "page";
    public static final String SIZE = "size";
    /** The highest page number whose first item's offset still fits an int at the largest size. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;
    public static final String PAGE_DESCRIPTION = "Zero-based page number.";
    public static final String SIZE_DESCRIPTION = "Items per page, 1 to 200 (larger values are capped at 200); default 50.";

    public static PageRequest parse(String page, String size) {
        int pageNumber = QueryParams.integer(PAGE, page, 0, MAX_PAGE).orElse(0);
        int pageSize = QueryParams.integer(SIZE, size, 1, Integer.MAX_VALUE).orElse(DEFAULT_SIZE);
        return new PageRequest(pageNumber, Math.min(pageSize, MAX_SIZE));
    }

    public int offset() {
        return page * size;
    }
}
