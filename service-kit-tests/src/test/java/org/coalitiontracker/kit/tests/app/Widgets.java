package org.coalitiontracker.kit.tests.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.coalitiontracker.kit.events.AggregateChanged;
import org.coalitiontracker.kit.events.Tombstones;
import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.problem.ProblemType;

/** The test aggregate's domain service: each change announced as a service announces it. */
@ApplicationScoped
@Transactional
public class Widgets {

    private final Event<AggregateChanged<Widget>> changes;
    private final Tombstones tombstones;

    Widgets(Event<AggregateChanged<Widget>> changes, Tombstones tombstones) {
        this.changes = changes;
        this.tombstones = tombstones;
    }

    /** Creates the widget or renames it; returns it as it is now. */
    public Widget put(String key, String name) {
        Widget widget = Widget.findById(key);
        if (widget == null) {
            widget = new Widget();
            widget.key = key;
            widget.startVersionsAt(tombstones.firstVersion(WidgetContract.TOPIC, key));
            widget.name = name;
            widget.persist();
        } else {
            widget.name = name;
        }
        Widget.flush();
        changes.fire(AggregateChanged.upserted(WidgetContract.TOPIC, key, widget.version, widget));
        return widget;
    }

    public void delete(String key) {
        Widget widget = get(key);
        widget.delete();
        // Deleted before the change is announced, as every write flushes first: the record's row is
        // locked before the history's, in every write, so that writes to one key never deadlock.
        Widget.flush();
        changes.fire(AggregateChanged.deleted(WidgetContract.TOPIC, key, widget.version));
    }

    /** Renames the widget, so that its change is in the outbox, then fails: the transaction rolls back. */
    public void renameThenFail(String key, String name) {
        put(key, name);
        throw new ProblemException(ProblemType.CONFLICT, "A later step of the rename failed; nothing of it was kept.");
    }

    /**
     * Renames the widget, so that its change is in the outbox and the history, then breaks a
     * database constraint (a second widget under the same key, a unique violation: 409): the
     * transaction rolls back.
     */
    public void renameThenBreakConstraint(String key, String name) {
        put(key, name);
        Widget.getEntityManager().createNativeQuery("insert into widget (widget_key, name, version, created_at, updated_at) "
                + "values (?1, ?2, 0, now(), now())").setParameter(1, key).setParameter(2, name).executeUpdate();
    }

    public Widget get(String key) {
        Widget widget = Widget.findById(key);
        if (widget == null) {
            throw ProblemException.notFound("No widget '" + key + "'.");
        }
        return widget;
    }
}
