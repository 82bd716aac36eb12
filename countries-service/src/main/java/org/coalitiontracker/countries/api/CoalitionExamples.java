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

    static final String HISTORY = """
            { "items": [
              { "version": 0, "operation": "CREATED", "recordedAt": "2025-09-01T08:00:00Z", "recordedBy": "newsroom-importer",
                "changedFields": ["description", "id", "launchedOn", "name", "sources"],
                "state": { "id": "coalition-of-the-willing", "name": "Coalition of the Willing",
                  "description": "Countries prepared to back security guarantees for Ukraine.", "launchedOn": "2025-03-02",
                  "sources": [], "version": 0, "createdAt": "2025-09-01T08:00:00Z", "updatedAt": "2025-09-01T08:00:00Z",
                  "updatedBy": "newsroom-importer" } },
              { "version": 1, "operation": "UPDATED", "recordedAt": "2025-09-04T14:05:00Z", "recordedBy": "editor-anna",
                "changedFields": ["description"],
                "state": { "id": "coalition-of-the-willing", "name": "Coalition of the Willing",
                  "description": "Around 30 countries, co-led by France and the United Kingdom.", "launchedOn": "2025-03-02",
                  "sources": [], "version": 1, "createdAt": "2025-09-01T08:00:00Z", "updatedAt": "2025-09-04T14:05:00Z",
                  "updatedBy": "editor-anna" } }
            ], "page": 0, "size": 50, "total": 2 }""";

    private CoalitionExamples() {
    }
}
