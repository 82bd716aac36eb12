package org.coalitiontracker.kit.claims;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far the record stands by a claim, after Wikidata's statement ranks. */
@Schema(description = "How far the record stands by a claim: `PREFERRED` is the value it stands by, `NORMAL` one the sources give, "
        + "`DEPRECATED` one it holds to be wrong (with a `note` saying why).", enumeration = {"PREFERRED", "NORMAL", "DEPRECATED"})
public enum Rank {
    PREFERRED,
    NORMAL,
    DEPRECATED
}
