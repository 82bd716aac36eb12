package org.coalitiontracker.kit.claims;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;

import org.coalitiontracker.kit.source.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A source the records of a service cite, with how much rests on it. */
@Schema(description = "A source cited by records or claims, with how many of each rest on it.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CitedSource(
        @Schema(description = "The source's id, for `/sources/{sourceId}/citations`: derived from its URL, or from its title, publisher "
                + "and date when it has none, so the same in every service and stable while those stay the same.",
                examples = "hq1Vh0m4yOZ9bQ2tQ3v3JQ") String id,
        @Schema(description = "Title of the article, statement or document.", examples = "Coalition leaders meet in Paris") String title,
        @Schema(description = "Who published it.", examples = "Élysée Palace") String publisher,
        @Schema(description = "Where to read it.", examples = "https://www.elysee.fr/") String url,
        @Schema(description = "Date it was published.", examples = "2025-09-04") LocalDate publishedOn,
        @Schema(description = "Records that cite it for themselves.", examples = "3") long records,
        @Schema(description = "Claims that cite it.", examples = "1") long claims) {

    /** The id of {@code source}: a digest of its identity ({@link Source#identity}), URL-safe. */
    public static String idOf(Source source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.identity().getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
