package org.coalitiontracker.kit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

import org.coalitiontracker.kit.time.PartialDate;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

class CsvColumnsTests {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    enum Colour { RED, GREEN }

    record Money(String amount, String currency) {
    }

    record Place(String city, String countryCode) {
    }

    record Note(String text) {
    }

    record Row(String name, Colour colour, Instant at, List<Colour> colours, Place place, Money money, List<Note> notes) {
    }

    private static final CsvColumns<Row> COLUMNS = CsvColumns.of(Row.class)
            .value("name", Row::name)
            .value("colour", Row::colour)
            .value("at", Row::at)
            .list("colours", Row::colours)
            .nested("place", Row::place, CsvColumns.of(Place.class).value("city", Place::city).value("countryCode", Place::countryCode))
            .money("amount", "currency", Row::money, Money::amount, Money::currency)
            .json("notes", Row::notes);

    @Test
    void eachKindOfValueFlattensByItsRule() {
        assertEquals(List.of("name", "colour", "at", "colours", "place.city", "place.countryCode", "amount", "currency", "notes"), COLUMNS.names());
        Row full = new Row("a, \"b\"", Colour.RED, Instant.parse("2025-09-04T10:15:00Z"), List.of(Colour.GREEN, Colour.RED),
                new Place("Paris", "FR"), new Money("1500000.00", "EUR"), List.of(new Note("x")));
        assertEquals(List.of("a, \"b\"", "RED", "2025-09-04T10:15:00Z", "GREEN|RED", "Paris", "FR", "1500000.00", "EUR", "[{\"text\":\"x\"}]"),
                COLUMNS.row(full, JSON));
    }

    @Test
    void absentValuesAreEmptyFieldsAndAnEmptyListOfObjectsIsItsJson() {
        Row empty = new Row(null, null, null, List.of(), null, null, List.of());
        assertEquals(List.of("", "", "", "", "", "", "", "", "[]"), COLUMNS.row(empty, JSON));
    }

    @Test
    void datesAreWrittenAsTheMapperWritesThem() {
        record Dated(Instant at, LocalDate on, PartialDate month) {
        }
        CsvColumns<Dated> columns = CsvColumns.of(Dated.class).value("at", Dated::at).value("on", Dated::on).value("month", Dated::month);
        Dated dated = new Dated(Instant.parse("2025-09-04T10:15:00.120Z"), LocalDate.of(2025, 9, 4), PartialDate.ofMonth(25, 2));
        assertEquals(List.of("2025-09-04T10:15:00.120Z", "2025-09-04", "0025-02"), columns.row(dated, JSON));
        ObjectMapper timestamps = JSON.copy().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        assertEquals(List.of("1756980900.12", "[2025,9,4]", "0025-02"), columns.row(dated, timestamps));
    }

    @Test
    void twoColumnsOfOneNameAreAMistake() {
        assertThrows(IllegalArgumentException.class, () -> CsvColumns.of(Row.class).value("name", Row::name).value("name", Row::colour));
    }

    @Test
    void jsonWinsEveryWildcardAndTheMostPreferredExportIsChosen() {
        assertEquals(Optional.empty(), ExportFormat.requested(List.of(MediaType.WILDCARD_TYPE)));
        assertEquals(Optional.empty(), ExportFormat.requested(List.of()));
        assertEquals(Optional.of(ExportFormat.CSV), ExportFormat.requested(List.of(MediaType.valueOf("text/csv"), MediaType.APPLICATION_JSON_TYPE)));
        assertEquals(Optional.of(ExportFormat.CSV), ExportFormat.requested(List.of(MediaType.valueOf("text/*"))));
        assertEquals(Optional.of(ExportFormat.NDJSON), ExportFormat.requested(List.of(MediaType.valueOf("application/xml"),
                MediaType.valueOf("application/x-ndjson"))));
    }
}
