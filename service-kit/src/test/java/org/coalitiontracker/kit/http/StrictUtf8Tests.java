package org.coalitiontracker.kit.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.problem.ProblemType;
import org.junit.jupiter.api.Test;

class StrictUtf8Tests {

    @Test
    void wellFormedUtf8PassesUnchanged() throws IOException {
        for (String text : new String[] { "", "{\"name\": \"Coalition\"}", "Élysée Palace, Türkiye", "中文", "🇺🇦 \uD83D\uDCA3", "\uFEFF{}",
                "\u007f\u0080\u07ff\u0800\uffff\uD800\uDC00\uDBFF\uDFFF" }) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(bytes, readAll(bytes), text);
        }
    }

    @Test
    void illFormedSequencesFailWith400() {
        for (String hex : new String[] {
                "c0af", "c180", "e080af", "f08080af", // overlong
                "eda080", "edbfbf", // surrogates
                "f4908080", "f5808080", "ff", "fe", // beyond U+10FFFF, never in UTF-8
                "80", "bf", "c328", "e228a1", "f0288cbc", // a continuation byte out of place or missing
                "e282", "f09f92" }) { // cut short at the end
            byte[] bytes = HexFormat.of().parseHex("7b22223a22" + hex);
            ProblemException failure = assertThrows(ProblemException.class, () -> readAll(bytes), hex);
            assertEquals(ProblemType.MALFORMED_BODY, failure.type(), hex);
        }
    }

    @Test
    void singleBytesAreCheckedAsWell() {
        InputStream in = StrictUtf8.checked(new ByteArrayInputStream(new byte[] { 'a', (byte) 0xc0, (byte) 0xaf }));
        assertThrows(ProblemException.class, () -> {
            while (in.read() >= 0) {
                // reading byte by byte
            }
        });
    }

    private static byte[] readAll(byte[] bytes) throws IOException {
        try (InputStream in = StrictUtf8.checked(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
