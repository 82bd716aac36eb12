package org.coalitiontracker.kit.tests.app;

import java.time.Instant;

/** What the API shows of a widget, and so what its change events carry. */
public record WidgetView(String key, String name, long version, Instant updatedAt, String updatedBy) {

    static WidgetView of(Widget widget) {
        return new WidgetView(widget.key, widget.name, widget.version, widget.updatedAt, widget.updatedBy);
    }
}
