package org.coalitiontracker.kit.export;

import java.io.IOException;
import java.io.OutputStream;

/** An export's body, written when the response is: {@link ExportBodyWriter}. */
public record ExportBody(Writing writing) {

    @FunctionalInterface
    public interface Writing {
        void to(OutputStream output) throws IOException;
    }
}
