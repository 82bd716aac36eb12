package org.coalitiontracker.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The kit knows no service: no service's name, topic or path appears in its main sources or
 * resources, so that a fourth service needs no change here. Comments count too: an example
 * naming a service is a reader's first step towards coupling to it.
 */
class KitKnowsNoServiceTests {

    private static final List<String> SERVICE_WORDS = List.of(
            "countries-service", "events-service", "commitments-service",
            "coalition-tracker.countries", "coalition-tracker.memberships", "coalition-tracker.events", "coalition-tracker.commitments",
            "/coalitions", "/countries", "/members", "/events", "/commitments", "/participants");

    @Test
    void noMainSourceOrResourceNamesAServiceItsTopicsOrItsPaths() throws IOException {
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            found = files.filter(Files::isRegularFile).flatMap(file -> {
                String text = read(file).toLowerCase(Locale.ROOT);
                return SERVICE_WORDS.stream().filter(text::contains).map(word -> file + ": " + word);
            }).sorted().toList();
        }
        assertEquals(List.of(), found);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
