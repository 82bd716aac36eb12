package org.coalitiontracker.kit.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.coalitiontracker.kit.problem.ProblemException;
import org.coalitiontracker.kit.problem.ProblemType;

/**
 * Refuses a request body that is not well-formed UTF-8 (RFC 3629; JSON must be UTF-8, RFC 8259)
 * with a 400 problem. Jackson decodes some ill-formed sequences instead of refusing them: an
 * overlong {@code C0 AF} becomes {@code /}, so a client would store text it never sent.
 */
@Provider
public class StrictUtf8 implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(checked(context.getInputStream()));
        return context.proceed();
    }

    /** {@code in}, failing with a 400 problem at the first byte that is not well-formed UTF-8. */
    static InputStream checked(InputStream in) {
        return new CheckedStream(in);
    }

    private static ProblemException malformed() {
        return new ProblemException(ProblemType.MALFORMED_BODY, "The request body is not well-formed UTF-8.");
    }

    /** Checks each byte as it is read, against the table of well-formed sequences in RFC 3629, section 4. */
    private static final class CheckedStream extends FilterInputStream {
        /** Continuation bytes still expected, and the range the next one must be in. */
        private int expected;
        private int lowest = 0x80;
        private int highest = 0xBF;

        CheckedStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                end();
            } else {
                check(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                end();
            }
            for (int i = 0; i < n; i++) {
                check(buffer[offset + i] & 0xff);
            }
            return n;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public long skip(long n) throws IOException {
            // Skipped bytes are not checked; read them instead.
            long skipped = 0;
            while (skipped < n && read() >= 0) {
                skipped++;
            }
            return skipped;
        }

        private void check(int b) {
            if (expected > 0) {
                if (b < lowest || b > highest) {
                    throw malformed();
                }
                expected--;
                lowest = 0x80;
                highest = 0xBF;
            } else if (b >= 0x80) {
                if (b >= 0xC2 && b <= 0xDF) {
                    expected = 1;
                } else if (b == 0xE0) {
                    expected = 2;
                    lowest = 0xA0; // not overlong
                } else if (b == 0xED) {
                    expected = 2;
                    highest = 0x9F; // not a surrogate
                } else if (b >= 0xE1 && b <= 0xEF) {
                    expected = 2;
                } else if (b == 0xF0) {
                    expected = 3;
                    lowest = 0x90; // not overlong
                } else if (b >= 0xF1 && b <= 0xF3) {
                    expected = 3;
                } else if (b == 0xF4) {
                    expected = 3;
                    highest = 0x8F; // not above U+10FFFF
                } else {
                    throw malformed(); // a continuation byte, C0, C1 or F5..FF where a character must start
                }
            }
        }

        private void end() {
            if (expected > 0) {
                throw malformed();
            }
        }
    }
}
