package org.coalitiontracker.kit.stored;

/**
 * The current version of an aggregate as its change event published it: {@code json} is the text
 * the service's ObjectMapper wrote for the view, compact, byte for byte what GET one would
 * serialise for the same version (without the fields a service adds from other services' data,
 * which {@link JsonInsertions} puts in).
 */
public record StoredRepresentation(long version, String json) {
}
