package org.coalitiontracker.kit.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a fact comes from. Every record carries its sources; where they disagree, each source
 * is kept with a note saying what it claims, rather than one claim being silently picked.
 */
@Schema(description = "A published source for a record.")
public record Source(
        @NotBlank @Size(max = 300)
        @Schema(description = "Title of the article, statement or document.", required = true, examples = "Coalition leaders meet in Paris on security guarantees")
        String title,
        @Size(max = 200)
        @Schema(description = "Who published it.", examples = "Élysée Palace")
        String publisher,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        @Schema(description = "Where to read it, if it is online.", examples = "https://www.elysee.fr/")
        String url,
        @Schema(description = "Date it was published.", examples = "2025-09-01")
        LocalDate publishedOn,
        @Size(max = 1000)
        @Schema(description = "What this source claims where sources disagree, or why it is doubted.", examples = "Dates the meeting 18 August 2023, a year too early.")
        String note) {

    /**
     * What makes two citations one source: its URL when it has one, else its title, publisher and
     * date. The note is what this record takes from it, not part of the source.
     */
    public String identity() {
        return url != null ? url : String.join("\u001f", title, String.valueOf(publisher), String.valueOf(publishedOn));
    }
}
