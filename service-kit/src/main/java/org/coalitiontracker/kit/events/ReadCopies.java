package org.coalitiontracker.kit.events;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Looks a record up in the read copies and, when the copy cannot confirm what a write needs,
 * asks the record's owner over HTTP. The copy may lag the owner by the time an event takes to
 * travel; asking the owner on a miss means a client that has just created a record in one
 * service can at once refer to it in another, and a 422 is answered only when the owner itself
 * says no. Where each owner answers is the service's {@link ChangeEventContract.ConsumedTopic#ownerUrl()}.
 * When the owner cannot be asked, the answer is 503 (retry), never a false 422; how long that
 * takes at most, and how an owner that keeps failing stops being asked, is {@link OwnerLookups}'.
 * A caller holds no database connection while the owner is asked only if it confirms before its
 * write's transaction begins.
 */
@ApplicationScoped
public class ReadCopies {

    private final ReadCopyStore store;
    private final ChangeEventContract contract;
    private final OwnerLookups owners;

    public ReadCopies(ReadCopyStore store, ChangeEventContract contract, OwnerLookups owners) {
        this.store = store;
        this.contract = contract;
        this.owners = owners;
    }

    /** The copy's state of {@code key}, without asking anyone. */
    public Optional<JsonNode> find(Topic topic, String key) {
        return store.find(topic, key);
    }

    /**
     * For each lookup, the text of its field by key, for the keys the copy holds with it, without
     * asking anyone: the names and flags a page shows beside other services' codes and ids, in one
     * statement for the whole page ({@link ReadCopyStore#texts}).
     */
    public List<Map<String, String>> texts(List<FieldLookup> lookups) {
        return store.texts(lookups);
    }

    /** One top-level field of the states of some keys of one topic's copy. */
    public record FieldLookup(Topic topic, StateField field, Collection<String> keys) {

        public FieldLookup {
            if (field.segments().size() != 1) {
                throw new IllegalArgumentException("Only a top-level field can be looked up: " + field.path());
            }
            keys = List.copyOf(keys);
        }
    }

    /**
     * The record as the copy has it if it satisfies {@code wanted}; otherwise as its owner has it
     * now (at {@code ownerPath}, the record's path in its owner's API) if that satisfies
     * {@code wanted}; empty if neither does.
     */
    public Optional<JsonNode> confirm(Topic topic, String key, String ownerPath, Predicate<JsonNode> wanted) {
        // Outside a transaction the copy is read in one of its own, so that its connection is
        // back in the pool before the owner is asked.
        Optional<JsonNode> copy = QuarkusTransaction.joiningExisting().call(() -> store.find(topic, key));
        if (copy.isPresent() && wanted.test(copy.get())) {
            return copy;
        }
        return askOwner(topic, ownerPath).filter(wanted);
    }

    private Optional<JsonNode> askOwner(Topic topic, String path) {
        return owners.find(topic, ownerUrl(topic), path);
    }

    private String ownerUrl(Topic topic) {
        return contract.consumed(topic).map(ChangeEventContract.ConsumedTopic::ownerUrl)
                .orElseThrow(() -> new IllegalArgumentException("This service does not consume " + topic));
    }
}
