package org.coalitiontracker.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A list endpoint's exports (docs/api-decisions.md "Exports") read the way a client reads them:
 * CSV with Commons CSV, NDJSON a line at a time, and compared with every page of the JSON list.
 */
public final class ExportCalls {

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE_SIZE = 2;

    private ExportCalls() {
    }

    /**
     * Checks that the NDJSON export is every page's items, equal and in order, and the CSV one
     * their {@code idField}s in order; returns the items.
     */
    public static List<JsonNode> assertExportsMatchPages(String path, Map<String, Object> filter, String idField) {
        List<JsonNode> pages = everyPage(path, filter);
        assertEquals(pages, ndjson(path, filter), "NDJSON of " + path + " " + filter);
        assertEquals(pages.stream().map(item -> item.get(idField).asText()).toList(),
                csv(path, filter).stream().map(row -> row.get(idField)).toList(), "CSV of " + path + " " + filter);
        return pages;
    }

    /** Neither format, nor JSON: 406. */
    public static void assertOtherTypesRefused(String path) {
        given().accept("application/xml").get(path).then().statusCode(406);
    }

    public static Response export(String path, String accept, Map<String, Object> filter) {
        return with(filter).accept(accept).get(path);
    }

    public static List<JsonNode> everyPage(String path, Map<String, Object> filter) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0;; page++) {
            Map<String, Object> paged = new LinkedHashMap<>(filter);
            paged.put("page", page);
            paged.put("size", PAGE_SIZE);
            JsonNode answer = read(with(paged).accept(ContentType.JSON).get(path).then().statusCode(200).extract().asString());
            answer.get("items").forEach(items::add);
            if (answer.get("items").size() < PAGE_SIZE) {
                assertEquals(answer.get("total").asInt(), items.size(), "the pages hold the total");
                return items;
            }
        }
    }

    public static List<JsonNode> ndjson(String path, Map<String, Object> filter) {
        String body = export(path, NDJSON, filter).then().statusCode(200).contentType(NDJSON).extract().asString();
        assertTrue(body.isEmpty() || body.endsWith("\n"), "every line ends in a newline");
        return body.lines().map(ExportCalls::read).toList();
    }

    public static List<CSVRecord> csv(String path, Map<String, Object> filter) {
        return parseCsv(export(path, CSV, filter).then().statusCode(200).header("Content-Type", startsWith(CSV)).extract().asString());
    }

    /** RFC 4180 with a header row, as the exports write it. */
    public static List<CSVRecord> parseCsv(String text) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new AssertionError("not CSV: " + text, e);
        }
    }

    /** One JSON object, as each NDJSON line must be. */
    public static JsonNode read(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            assertTrue(node.isObject(), "one JSON object: " + json);
            return node;
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static RequestSpecification with(Map<String, Object> filter) {
        RequestSpecification request = given();
        filter.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.queryParam(name, values);
            } else {
                request.queryParam(name, value);
            }
        });
        return request;
    }
}
