package org.coalitiontracker.suite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A benchmark's results as Markdown: printed, and written to its results file. */
public final class ResultsFile {

    private final List<String> lines = new ArrayList<>();

    public ResultsFile(String title, BenchSettings settings) {
        lines.add("# " + title);
        lines.add("");
        if (settings.smoke()) {
            lines.add("> **SMOKE RUN — not a measurement.** Tiny scale and seconds-long loads, only to prove that the benchmark works.");
            lines.add("");
        }
    }

    public ResultsFile line(String text) {
        lines.add(text);
        return this;
    }

    public ResultsFile lines(List<String> text) {
        lines.addAll(text);
        return this;
    }

    public ResultsFile blank() {
        lines.add("");
        return this;
    }

    public ResultsFile heading(String text) {
        lines.add("");
        lines.add("## " + text);
        lines.add("");
        return this;
    }

    public ResultsFile table(String... header) {
        lines.add("| " + String.join(" | ", header) + " |");
        lines.add("|" + "---|".repeat(header.length));
        return this;
    }

    public ResultsFile row(Object... cells) {
        StringBuilder row = new StringBuilder("|");
        for (Object cell : cells) {
            row.append(' ').append(cell).append(" |");
        }
        lines.add(row.toString());
        return this;
    }

    public ResultsFile code(String language, String text) {
        lines.add("```" + language);
        lines.add(text.stripTrailing());
        lines.add("```");
        return this;
    }

    public String text() {
        return String.join("\n", lines) + "\n";
    }

    /** Writes the file and prints it; returns where it went. */
    public Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text());
        System.out.println(text());
        System.out.println("Results written to " + file);
        return file;
    }

    /** Whether a figure meets its target, for the column beside it. */
    public static String verdict(boolean met) {
        return met ? "met" : "**not met**";
    }
}
