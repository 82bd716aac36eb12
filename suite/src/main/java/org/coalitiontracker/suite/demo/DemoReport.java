package org.coalitiontracker.suite.demo;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What one run of the loader did: for each kind of record, how many it created and how many it
 * found already there (and so left alone). A second run over the same services creates nothing.
 */
public final class DemoReport {

    /** The kinds of record the data set holds, in the order they are loaded. */
    public enum Kind {
        COALITIONS, MEMBERS, EVENTS, PARTICIPANTS, COMMITMENTS
    }

    private final Map<Kind, int[]> counts = new EnumMap<>(Kind.class);

    DemoReport() {
        for (Kind kind : Kind.values()) {
            counts.put(kind, new int[2]);
        }
    }

    void countCreated(Kind kind) {
        counts.get(kind)[0]++;
    }

    void countAlreadyPresent(Kind kind) {
        counts.get(kind)[1]++;
    }

    public int created(Kind kind) {
        return counts.get(kind)[0];
    }

    public int alreadyPresent(Kind kind) {
        return counts.get(kind)[1];
    }

    public int totalCreated() {
        return counts.values().stream().mapToInt(count -> count[0]).sum();
    }

    /** One line, such as {@code coalitions 1 created / 0 already present; members 10 created / 0 already present; ...}. */
    @Override
    public String toString() {
        StringJoiner line = new StringJoiner("; ");
        counts.forEach((kind, count) -> line.add(kind.name().toLowerCase() + " " + count[0] + " created / " + count[1] + " already present"));
        return line.toString();
    }
}
