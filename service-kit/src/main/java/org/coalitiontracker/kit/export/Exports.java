package org.coalitiontracker.kit.export;

import java.io.ByteArrayOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.coalitiontracker.kit.persistence.ReadOnly;
import org.coalitiontracker.kit.problem.ProblemException;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Whole-list exports (docs/api-decisions.md "Exports"): every matching row, streamed as CSV or
 * NDJSON while it is read, from one snapshot of the database. Memory stays bounded by a batch:
 * rows come from a database cursor {@value #BATCH} at a time, each batch is turned into list
 * items (with whatever the service looks up for a whole page at once), written, and then the
 * persistence context is cleared so that nothing read earlier is kept.
 */
@ApplicationScoped
public class Exports {

    /** Rows fetched per round trip, turned into items together, and kept in memory at once. */
    public static final int BATCH = 500;

    /**
     * How long one export may hold its snapshot open. A snapshot held open keeps PostgreSQL from
     * reclaiming the rows changed since it began; a client that reads slower than this is cut off.
     */
    public static final Duration LONGEST = Duration.ofMinutes(15);

    public static final String LIST_DESCRIPTION = " With `Accept: " + ExportFormat.CSV_TYPE + "` or `Accept: " + ExportFormat.NDJSON_TYPE
            + "`, the whole list instead of one page: every matching row, with the same filters and in the same order, streamed from "
            + "one consistent snapshot of the record (a change committed during the export is wholly in it or wholly out); `page` "
            + "and `size` are then refused (400). Any other `Accept` is 406.";
    public static final String CSV_DESCRIPTION = "With `Accept: " + ExportFormat.CSV_TYPE + "`: every matching row as RFC 4180 CSV in "
            + "UTF-8, a header row first. Nested values are flattened: `object.field` columns for a nested object, money as two "
            + "columns (the decimal and its currency), lists of codes joined by `" + CsvColumns.LIST_SEPARATOR + "`, lists of objects "
            + "(sources, claims, timelines) as their JSON in one field; an absent value is an empty field.";
    public static final String NDJSON_DESCRIPTION = "With `Accept: " + ExportFormat.NDJSON_TYPE + "`: every matching row, one JSON "
            + "object per line (each exactly the list's item), each line ending in a newline.";
    public static final String CSV_SCHEMA_DESCRIPTION = "CSV text: a header row, then one row per item.";

    private static final int BUFFER = 64 * 1024;
    private static final String SNAPSHOT = "set transaction isolation level repeatable read, read only";
    private static final String PAGING_REFUSED = "an export has every matching row, not a page; page and size apply only to "
            + "application/json.";

    private final ObjectMapper json;
    private final EntityManager entityManager;
    /** Renders batches while the exports' own threads read; idle threads end after a minute. */
    private final ExecutorService renderers = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 1, TimeUnit.MINUTES, new SynchronousQueue<>(),
            Exports::renderer);
    private static final AtomicInteger RENDERERS = new AtomicInteger();

    public Exports(ObjectMapper json, EntityManager entityManager) {
        this.json = json;
        this.entityManager = entityManager;
    }

    /** An export asked with {@code page} or {@code size} is a 400, rather than silently answering something else. */
    public static void refusePaging(String page, String size) {
        if (page != null) {
            throw ProblemException.invalidParameter("page", PAGING_REFUSED);
        }
        if (size != null) {
            throw ProblemException.invalidParameter("size", PAGING_REFUSED);
        }
    }

    /** A list query's rows from a database cursor, a batch at a time, only read. */
    public static <E> Stream<E> rows(PanacheQuery<E> query) {
        return ReadOnly.query(query).withHint(HibernateHints.HINT_FETCH_SIZE, BATCH).stream();
    }

    /**
     * The response: {@code rows} is called only once the body is written, inside the snapshot
     * transaction, so everything it reads is of the same instant. Anything the client sent has
     * been checked before (a 4xx cannot follow a 200 already on its way).
     */
    public <V> Response response(ExportFormat format, Class<V> type, CsvColumns<V> columns, Supplier<Stream<V>> rows) {
        ExportBody body = new ExportBody(output -> inSnapshot(() -> {
            try (Stream<V> items = rows.get()) {
                write(format, type, columns, items.iterator(), output);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return Response.ok(body, format.contentType()).build();
    }

    /**
     * {@code rows} turned into items a batch at a time (so that a service looks up names or
     * flags for a batch in one query, as it does for a page), the persistence context cleared
     * after each batch, before the cursor moves on.
     */
    public <S, V> Stream<V> inBatches(Stream<S> rows, Function<List<S>, List<V>> items) {
        Iterator<S> source = rows.iterator();
        Iterator<List<V>> batches = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public List<V> next() {
                List<S> batch = new ArrayList<>(BATCH);
                while (batch.size() < BATCH && source.hasNext()) {
                    batch.add(source.next());
                }
                List<V> converted = items.apply(batch);
                entityManager.clear();
                return converted;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED), false)
                .flatMap(List::stream)
                .onClose(rows::close);
    }

    private void inSnapshot(Runnable export) {
        QuarkusTransaction.requiringNew().timeout((int) LONGEST.toSeconds()).run(() -> {
            // The first statement of the transaction fixes its snapshot: every query after it
            // sees the database as of this instant, whatever commits meanwhile.
            entityManager.unwrap(Session.class).doWork(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(SNAPSHOT);
                }
            });
            export.run();
        });
    }

    /**
     * Writes the items a batch at a time, each batch rendered to bytes on a thread of its own
     * while this one reads the next from the database: reading (the query's rows turned into
     * entities and then items) and rendering (JSON or CSV) each take about half an export's time,
     * so overlapping them shortens it. The session and the response stay on this thread; the
     * other sees only items, which hold no entity. At most three batches are in memory at once:
     * the one being read, the one being rendered and the bytes of the one being sent.
     */
    private <V> void write(ExportFormat format, Class<V> type, CsvColumns<V> columns, Iterator<V> items, OutputStream output)
            throws IOException {
        Function<List<V>, byte[]> render;
        if (format == ExportFormat.NDJSON) {
            ObjectWriter writer = json.writerFor(type).without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
            render = batch -> ndjson(writer, batch);
        } else {
            output.write(csv(printer -> printer.printRecord(columns.names())));
            render = batch -> csv(printer -> {
                for (V item : batch) {
                    printer.printRecord(columns.row(item, json));
                }
            });
        }
        Future<byte[]> rendering = null;
        while (items.hasNext()) {
            List<V> batch = new ArrayList<>(BATCH);
            while (batch.size() < BATCH && items.hasNext()) {
                batch.add(items.next());
            }
            Future<byte[]> next = renderers.submit(() -> render.apply(batch));
            if (rendering != null) {
                output.write(rendered(rendering));
            }
            rendering = next;
        }
        if (rendering != null) {
            output.write(rendered(rendering));
        }
        output.flush();
    }

    private byte[] ndjson(ObjectWriter writer, List<?> batch) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(BUFFER);
        // One generator for the whole batch: a generator (and a flush) per row would cost more
        // than the row's own serialisation.
        try (JsonGenerator generator = json.getFactory().createGenerator(bytes)) {
            for (Object item : batch) {
                writer.writeValue(generator, item);
                generator.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] csv(CsvRows rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(BUFFER);
        // Buffered before the encoder, which otherwise encodes each cell on its own.
        try (Writer text = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), BUFFER);
                CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] rendered(Future<byte[]> rendering) throws IOException {
        try {
            return rendering.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while an export batch was rendered");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @FunctionalInterface
    private interface CsvRows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static Thread renderer(Runnable task) {
        Thread thread = new Thread(task, "export-render-" + RENDERERS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }

    @PreDestroy
    void stopRenderers() {
        renderers.shutdownNow();
    }
}
