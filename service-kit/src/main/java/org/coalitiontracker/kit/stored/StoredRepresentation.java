package org.coalitiontracker.kit.stored;

import java.util.List;
import java.util.Optional;

/**
 * The current version of an aggregate as its change event published it: {@code json} is the text
 * the service's ObjectMapper wrote for the view, compact, byte for byte what GET one would
 * serialise for the same version (without the fields a service adds from other services' data,
 * which {@link JsonInsertions} puts in); {@code referenced} holds the read copies' texts for the
 * references asked for, in their order (empty where the copy has none).
 */
public record StoredRepresentation(long version, String json, List<Optional<String>> referenced) {

    public StoredRepresentation {
        referenced = List.copyOf(referenced);
    }

    public StoredRepresentation(long version, String json) {
        this(version, json, List.of());
    }
}
