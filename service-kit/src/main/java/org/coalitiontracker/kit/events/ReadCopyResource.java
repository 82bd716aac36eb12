package org.coalitiontracker.kit.events;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.apache.kafka.common.KafkaException;
import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/read-copies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Read copies (admin)", description = "The copies this service keeps of other services' data, filled from their change events.")
public class ReadCopyResource {

    private final ReadCopyConsumer consumer;
    private final ReadCopyRebuilder rebuilder;
    private final ReadCopyStore store;

    public ReadCopyResource(ReadCopyConsumer consumer, ReadCopyRebuilder rebuilder, ReadCopyStore store) {
        this.consumer = consumer;
        this.rebuilder = rebuilder;
        this.store = store;
    }

    @GET
    @Operation(operationId = "listReadCopies", summary = "List the read copies", description = "Each read copy with its size, its consumer lag and whether it has caught up.")
    @APIResponse(responseCode = "200", description = "The read copies of this service.",
            content = @Content(schema = @Schema(implementation = ReadCopyStatus.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "copies", value = """
                            [{"readCopy": "orders", "topic": "shop.orders", "records": 31, "lag": 0, "caughtUp": true}]""")))
    public List<ReadCopyStatus> list() {
        return consumer.subscribedTopics().stream()
                .map(topic -> new ReadCopyStatus(topic.copyName(), topic.topicName(), store.count(topic), consumer.lag(topic),
                        consumer.caughtUp()))
                .toList();
    }

    @POST
    @Path("/{readCopy}/rebuild")
    @Operation(operationId = "rebuildReadCopy", summary = "Rebuild a read copy from its topic",
            description = "Drops the copy and replays its compacted topic from the beginning, in one transaction: readers see the old copy "
                    + "until the new one is complete. Answers when done.")
    @APIResponse(responseCode = "200", description = "Rebuilt.",
            content = @Content(schema = @Schema(implementation = RebuildResult.class), examples = @ExampleObject(name = "rebuilt", value = """
                    {"readCopy": "orders", "eventsApplied": 31, "recordsSkipped": 0, "records": 31, "tookMillis": 412}""")))
    @APIResponse(responseCode = "503", description = "Kafka is unreachable; the copy is left as it was.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RebuildResult rebuild(
            @Parameter(description = "The read copy, as listed by `GET /admin/read-copies` (the topic name after its last dot).") @PathParam("readCopy") String readCopy) {
        Topic topic = consumer.subscribedTopics().stream().filter(t -> t.isNamed(readCopy)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("This service keeps no read copy '" + readCopy + "'."));
        try {
            return rebuilder.rebuild(topic);
        } catch (KafkaException e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "The read copy cannot be rebuilt now: Kafka is unreachable (" + e.getClass().getSimpleName() + "). Retry shortly.");
        }
    }
}
