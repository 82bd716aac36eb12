package org.coalitiontracker.kit.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documents a page of a list in OpenAPI, where the generic {@code Page<T>} cannot be named.
 * A resource declares {@code class XxxPage extends PageSchema { public List<XxxView> items; }}
 * and points its list response at it.
 */
public abstract class PageSchema {

    @Schema(description = "Zero-based number of this page.", examples = "0")
    public int page;

    @Schema(description = "Page size applied (the requested size, capped at 200).", examples = "50")
    public int size;

    @Schema(description = "Number of items matching the filters, on all pages.", examples = "31")
    public long total;
}
