package org.coalitiontracker.kit.openapi;

import java.math.BigDecimal;

import org.coalitiontracker.kit.http.PageRequest;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Types the query parameters the kit itself parses ({@link PageRequest}'s {@code page} and
 * {@code size}, {@code updatedSince}, {@code knownAt}): the resources take them as strings so that the kit can
 * answer a bad value with a 400 naming it, which would otherwise leave them untyped in the
 * document. The bounds are those {@link PageRequest} enforces. The services type their own
 * parameters with {@code @Schema} on the parameter.
 */
final class KitQueryParameters {

    private KitQueryParameters() {
    }

    static void type(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.QUERY) {
                continue;
            }
            switch (parameter.getName()) {
                case PageRequest.PAGE -> parameter.setSchema(integer(0, PageRequest.MAX_PAGE, 0));
                case PageRequest.SIZE -> parameter.setSchema(integer(1, Integer.MAX_VALUE, PageRequest.DEFAULT_SIZE));
                case "updatedSince", "knownAt" -> parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("date-time"));
                default -> {
                    // SmallRye puts `type: object` beside the reference for a String parameter typed by an enum's schema.
                    if (parameter.getSchema() != null && parameter.getSchema().getRef() != null) {
                        parameter.getSchema().setType(null);
                    }
                }
            }
        }
    }

    private static Schema integer(int minimum, int maximum, int defaultValue) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum))
                .defaultValue(defaultValue);
    }
}
