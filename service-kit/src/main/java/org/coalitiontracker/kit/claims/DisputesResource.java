package org.coalitiontracker.kit.claims;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.coalitiontracker.kit.http.Identifiers;
import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.http.PagedResponses;
import org.coalitiontracker.kit.http.QueryParams;
import org.coalitiontracker.kit.openapi.PageSchema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The fields of this service's records on which the sources disagree (docs/api-decisions.md, "Claims"). */
@Path("/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources and disputes", description = "Where the sources disagree, and what rests on each source. See docs/api-decisions.md, \"Claims\".")
@Transactional(Transactional.TxType.SUPPORTS)
public class DisputesResource {

    private final ClaimsCatalog catalog;

    public DisputesResource(ClaimsCatalog catalog) {
        this.catalog = catalog;
    }

    public static class DisputePage extends PageSchema {
        @Schema(description = "The disputes on this page.")
        public List<Dispute> items;
    }

    @GET
    @Operation(operationId = "listDisputes", summary = "List the disputed fields",
            description = "Every field of the records this service owns whose claims hold two or more distinct values, or one of whose "
                    + "claims is deprecated, with its claims and whether it is settled (a claim preferred, or every value but one "
                    + "deprecated). Ordered by record type, record id, then field.")
    @APIResponse(responseCode = "200", description = "One page of disputes; `Link` headers point to the next and previous pages.",
            content = @Content(schema = @Schema(implementation = DisputePage.class), examples = @ExampleObject(name = "disputes", value = """
                    {"items": [{"recordType": "agreement", "id": "paris-declaration", "link": "/agreements/paris-declaration",
                      "coalition": "coalition-of-the-willing", "field": "signedOn", "settled": false, "value": "2025-02",
                      "claims": [{"field": "signedOn", "value": "2025-02", "rank": "NORMAL",
                                  "sources": [{"title": "Leaders meet on Ukraine's security", "publisher": "Reuters"}]},
                                 {"field": "signedOn", "value": "2025-03", "rank": "NORMAL",
                                  "sources": [{"title": "A coalition takes shape", "publisher": "BBC"}]}]}],
                     "page": 0, "size": 50, "total": 1}""")))
    @APIResponse(responseCode = "400", description = "A malformed filter or paging parameter, or an unknown record type.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public RestResponse<Page<Dispute>> disputes(
            @Parameter(description = "`true`: only settled disputes; `false`: only open ones.") @Schema(type = SchemaType.BOOLEAN)
            @QueryParam("settled") String settled,
            @Parameter(description = "Only records of this type (as `recordType` names them in the items).") @Schema(type = SchemaType.STRING, maxLength = 100) @QueryParam("recordType") String recordType,
            @Parameter(description = ClaimsCatalog.COALITION_DESCRIPTION)
            @Schema(type = SchemaType.STRING, pattern = Identifiers.SLUG_PATTERN, maxLength = Identifiers.SLUG_MAX_LENGTH)
            @QueryParam("coalition") String coalition,
            @Parameter(description = PageRequest.PAGE_DESCRIPTION) @QueryParam("page") String page,
            @Parameter(description = PageRequest.SIZE_DESCRIPTION) @QueryParam("size") String size,
            @Context UriInfo uriInfo) {
        Optional<Boolean> onlySettled = QueryParams.bool("settled", settled);
        Optional<String> type = catalog.recordType(recordType);
        PageRequest pageRequest = PageRequest.parse(page, size);
        List<Dispute> disputes = catalog.records(type, QueryParams.slug("coalition", coalition), true)
                .flatMap(record -> FieldClaims.of(record.claims()).stream().filter(FieldClaims::contested)
                        .sorted(Comparator.comparing(FieldClaims::field))
                        .map(field -> new Dispute(record.recordType(), record.id(), record.link(), record.coalition().orElse(null), field.field(),
                                field.settled(), field.value().orElse(null), field.claims())))
                .filter(dispute -> onlySettled.map(wanted -> wanted == dispute.settled()).orElse(true))
                .toList();
        return PagedResponses.ok(Page.slice(disputes, pageRequest), uriInfo);
    }
}
