package org.coalitiontracker.kit.persistence;

import java.util.Optional;

import org.hibernate.ReadOnlyMode;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Loads records that are only shown, never changed: Hibernate then keeps no snapshot of them for
 * dirty checking. The snapshot is a deep copy of every column, and of a JSON column (sources,
 * stances) a serialise-and-parse round trip: about an eighth of a GET's time in the profile (see
 * benchmarks/http-results.md). Never for a record the same transaction goes on to change (a PATCH
 * reads the current state this way, then the service loads it again, managed, in the write's own).
 */
public final class ReadOnly {

    private ReadOnly() {
    }

    public static <E> Optional<E> findById(Class<E> type, Object id) {
        return Optional.ofNullable(Panache.getSession(type).find(type, id, ReadOnlyMode.READ_ONLY));
    }

    public static <E> PanacheQuery<E> query(PanacheQuery<E> query) {
        return query.withHint(HibernateHints.HINT_READ_ONLY, true);
    }
}
