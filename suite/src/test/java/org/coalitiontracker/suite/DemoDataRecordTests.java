package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coalitiontracker.suite.demo.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record that lets {@code ./run-suite} skip looking up a demo data set it loaded completely before. */
class DemoDataRecordTests {

    @TempDir
    Path folder;

    @Test
    void aRecordWrittenAfterALoadIsRecognisedAndNothingElseIs() throws IOException {
        Path record = folder.resolve("demo-data-loaded.txt");
        assertFalse(DemoData.recorded(record), "no record yet");

        DemoData.record(record);
        assertTrue(DemoData.recorded(record));
        String fingerprint = Files.readString(record, StandardCharsets.UTF_8).strip();
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);

        // Another data set's record (an earlier release's), or a damaged one, means loading again.
        Files.writeString(record, "0".repeat(64) + "\n", StandardCharsets.UTF_8);
        assertFalse(DemoData.recorded(record));
        Files.writeString(record, fingerprint.substring(0, 32), StandardCharsets.UTF_8);
        assertFalse(DemoData.recorded(record));

        DemoData.record(record);
        assertEquals(fingerprint, Files.readString(record, StandardCharsets.UTF_8).strip(), "the same data set, the same record");
    }

    @Test
    void aRecordThatCannotBeReadIsNoRecordAndOneThatCannotBeWrittenSaysSo() throws IOException {
        Path notAFile = Files.createDirectory(folder.resolve("demo-data-loaded.txt"));
        assertFalse(DemoData.recorded(notAFile));
        assertThrows(UncheckedIOException.class, () -> DemoData.record(notAFile));
        assertThrows(UncheckedIOException.class, () -> DemoData.record(folder.resolve("no-such-folder").resolve("demo-data-loaded.txt")));
    }
}
