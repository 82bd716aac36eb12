package org.coalitiontracker.kit.export;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

/**
 * The two whole-list formats a list endpoint answers besides its paged JSON (docs/api-decisions.md
 * "Exports"). A list method lists all three media types in {@code @Produces}, so that the
 * framework answers 406 for anything else, and asks {@link #requested} which one it chose.
 */
public enum ExportFormat {
    CSV(ExportFormat.CSV_TYPE),
    NDJSON(ExportFormat.NDJSON_TYPE);

    public static final String CSV_TYPE = "text/csv";
    public static final String NDJSON_TYPE = "application/x-ndjson";

    private final MediaType mediaType;

    ExportFormat(String mediaType) {
        this.mediaType = MediaType.valueOf(mediaType);
    }

    /** What the response's {@code Content-Type} says: CSV declares its charset and its header row (RFC 4180). */
    public String contentType() {
        return this == CSV ? CSV_TYPE + "; charset=utf-8; header=present" : NDJSON_TYPE;
    }

    /**
     * The export the client asked for, or empty for the paged JSON. The accepted types come most
     * preferred first; JSON wins every wildcard ({@code *}{@code /*}, {@code application/*}, no
     * {@code Accept}), so that a client that never heard of exports keeps its pages.
     */
    public static Optional<ExportFormat> requested(List<MediaType> acceptable) {
        for (MediaType accepted : acceptable) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Optional.empty();
            }
            for (ExportFormat format : values()) {
                if (accepted.isCompatible(format.mediaType)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
