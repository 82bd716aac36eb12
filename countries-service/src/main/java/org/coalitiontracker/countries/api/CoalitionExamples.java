package org.coalitiontracker.countries.api;

/** Example bodies shown in the OpenAPI document. */
final class CoalitionExamples {

    static final String CREATE = """
            {
              "id": "coalition-of-the-willing",
              "name": "Coalition of the Willing",
              "description": "Countries prepared to back security guarantees for Ukraine once a ceasefire holds; co-led by France and the United Kingdom.",
              "launchedOn": "2025-03-02",
              "sources": [
                { "title": "Leaders meet in Paris on guarantees for Ukraine", "publisher": "Euronews",
                  "url": "https://www.euronews.com/", "publishedOn": "2025-03-26",
                  "note": "Reports a formal launch in March 2025." }
              ]
            }""";

    static final String UPDATE = """
            {
              "name": "Coalition of the Willing",
              "description": "Countries prepared to back security guarantees for Ukraine once a ceasefire holds.",
              "launchedOn": "2025-03-02",
              "sources": []
            }""";

    static final String PATCH = """
            { "description": "Around 30 countries, co-led by France and the United Kingdom." }""";

    static final String VIEW = """
            {
              "id": "coalition-of-the-willing",
              "name": "Coalition of the Willing",
              "description": "Countries prepared to back security guarantees for Ukraine once a ceasefire holds; co-led by France and the United Kingdom.",
              "launchedOn": "2025-03-02",
              "sources": [],
              "version": 0,
              "createdAt": "2025-09-01T08:00:00Z",
              "updatedAt": "2025-09-01T08:00:00Z",
              "updatedBy": "newsroom-importer"
            }""";

    static final String PAGE = """
            { "items": [
            {
              "id": "coalition-of-the-willing",
              "name": "Coalition of the Willing",
              "description": "Countries prepared to back security guarantees for Ukraine once a ceasefire holds; co-led by France and the United Kingdom.",
              "launchedOn": "2025-03-02",
              "sources": [],
              "version": 0,
              "createdAt": "2025-09-01T08:00:00Z",
              "updatedAt": "2025-09-01T08:00:00Z",
              "updatedBy": "newsroom-importer"
            }
            ], "page": 0, "size": 50, "total": 1 }""";

    private CoalitionExamples() {
    }
}
