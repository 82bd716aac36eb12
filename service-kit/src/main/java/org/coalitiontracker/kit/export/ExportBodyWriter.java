package org.coalitiontracker.kit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes an {@link ExportBody} on the worker thread that handled the request, where it may block
 * on the client and on the database. Its own type, so that the JSON writer, which would take any
 * object, never gets it.
 */
@Provider
@Produces({ ExportFormat.CSV_TYPE, ExportFormat.NDJSON_TYPE })
public class ExportBodyWriter implements MessageBodyWriter<ExportBody> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ExportBody.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(ExportBody body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream output) throws IOException {
        body.writing().to(output);
    }
}
