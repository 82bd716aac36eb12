package org.coalitiontracker.commitments.api;

/** Example bodies shown in the OpenAPI document. */
final class CommitmentExamples {

    static final String INPUT = """
            {
              "countryCode": "FR",
              "coalitionId": "coalition-of-the-willing",
              "category": "GROUND_FORCES",
              "status": "PLEDGED",
              "description": "Troops for a reassurance force in Ukraine once a ceasefire holds.",
              "personnel": 2000,
              "conditions": ["US_BACKSTOP", "CEASEFIRE"],
              "conditionNote": "Conditional on a US backstop, which Washington had not given.",
              "stationedIn": "UA",
              "announcedAtEventId": "6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f21",
              "announcedOn": "2025-09-04",
              "sources": [
                { "title": "Coalition leaders meet in Paris on security guarantees", "publisher": "Élysée Palace",
                  "url": "https://www.elysee.fr/", "publishedOn": "2025-09-04" }
              ]
            }""";

    static final String FINANCING_INPUT = """
            {
              "countryCode": "NO",
              "coalitionId": "coalition-of-the-willing",
              "category": "FINANCING",
              "status": "CONFIRMED",
              "description": "Funding for Ukraine's armed forces.",
              "amount": { "amount": "1500000.00", "currency": "EUR" },
              "announcedOn": "2025-03-27",
              "sources": []
            }""";

    static final String PATCH = """
            { "status": "CONFIRMED", "personnel": 2500 }""";

    static final String TIMELINE_PATCH = """
            { "statusHistory": [
                { "status": "UNDER_CONSIDERATION", "on": "2025-03" },
                { "status": "PLEDGED", "on": "2025-09-04" },
                { "status": "CONFIRMED", "on": "2025-11", "note": "Confirmed in November; the reports give no day." }
            ] }""";

    static final String VIEW = """
            {
              "id": "3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11",
              "countryCode": "FR",
              "countryName": "France",
              "coalitionId": "coalition-of-the-willing",
              "category": "GROUND_FORCES",
              "status": "PLEDGED",
              "statusHistory": [
                { "status": "UNDER_CONSIDERATION", "on": "2025-03", "note": "First discussed at the March meetings." },
                { "status": "PLEDGED", "on": "2025-09-04" }
              ],
              "description": "Troops for a reassurance force in Ukraine once a ceasefire holds.",
              "personnel": 2000,
              "conditions": ["US_BACKSTOP", "CEASEFIRE"],
              "conditionNote": "Conditional on a US backstop, which Washington had not given.",
              "stationedIn": "UA",
              "announcedAtEventId": "6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f21",
              "eventTitle": "Coalition of the willing leaders' meeting, Paris",
              "announcedOn": "2025-09-04",
              "sources": [
                { "title": "Coalition leaders meet in Paris on security guarantees", "publisher": "Élysée Palace",
                  "url": "https://www.elysee.fr/", "publishedOn": "2025-09-04" }
              ],
              "claims": [],
              "disputedFields": [],
              "version": 0,
              "createdAt": "2025-09-04T10:15:00Z",
              "updatedAt": "2025-09-04T10:15:00Z",
              "updatedBy": "newsroom-importer"
            }""";

    static final String PAGE = "{ \"items\": [" + VIEW + "], \"page\": 0, \"size\": 50, \"total\": 1 }";

    static final String CSV = """
            id,countryCode,countryName,coalitionId,category,status,statusHistory,description,personnel,amount,currency,conditions,\
            conditionNote,stationedIn,announcedAtEventId,eventTitle,announcedOn,sources,claims,disputedFields,version,createdAt,updatedAt,\
            updatedBy\r
            3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11,FR,France,coalition-of-the-willing,GROUND_FORCES,PLEDGED,\
            "[{""status"":""PLEDGED"",""on"":""2025-09-04""}]","Troops for a reassurance force in Ukraine, once a ceasefire holds.",\
            2000,,,US_BACKSTOP|CEASEFIRE,,UA,6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f21,"Coalition of the willing leaders' meeting, Paris",\
            2025-09-04,"[{""title"":""Coalition leaders meet in Paris"",""publisher"":""Élysée Palace"",""url"":""https://www.elysee.fr/"",\
            ""publishedOn"":""2025-09-04""}]",[],,0,2025-09-04T10:15:00Z,2025-09-04T10:15:00Z,newsroom-importer\r
            """;

    static final String NDJSON = "{\"id\":\"3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11\",\"countryCode\":\"FR\",\"coalitionId\":"
            + "\"coalition-of-the-willing\",\"category\":\"GROUND_FORCES\",\"status\":\"PLEDGED\",\"version\":0}\n"
            + "{\"id\":\"7b0e4c1d-3a52-4f8e-8c0b-2e9d6f1a4b37\",\"countryCode\":\"GB\",\"coalitionId\":"
            + "\"coalition-of-the-willing\",\"category\":\"AIR\",\"status\":\"CONFIRMED\",\"version\":2}\n";

    static final String HISTORY = """
            { "items": [
              { "version": 0, "operation": "CREATED", "recordedAt": "2025-03-27T17:00:00Z", "recordedBy": "newsroom-importer",
                "changedFields": ["category", "coalitionId", "conditions", "countryCode", "id", "sources", "stationedIn", "status", "statusHistory"],
                "state": { "id": "3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11", "countryCode": "FR", "coalitionId": "coalition-of-the-willing",
                  "category": "GROUND_FORCES", "status": "UNDER_CONSIDERATION", "statusHistory": [ { "status": "UNDER_CONSIDERATION" } ],
                  "conditions": [], "stationedIn": "UA", "sources": [], "claims": [], "disputedFields": [],
                  "version": 0, "createdAt": "2025-03-27T17:00:00Z", "updatedAt": "2025-03-27T17:00:00Z", "updatedBy": "newsroom-importer" } },
              { "version": 1, "operation": "UPDATED", "recordedAt": "2025-09-04T10:15:00Z", "recordedBy": "newsroom-importer",
                "changedFields": ["personnel", "status", "statusHistory"],
                "state": { "id": "3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11", "countryCode": "FR", "coalitionId": "coalition-of-the-willing",
                  "category": "GROUND_FORCES", "status": "PLEDGED",
                  "statusHistory": [ { "status": "UNDER_CONSIDERATION" }, { "status": "PLEDGED", "on": "2025-09-04" } ],
                  "personnel": 2000, "conditions": [], "stationedIn": "UA", "sources": [], "claims": [], "disputedFields": [],
                  "version": 1, "createdAt": "2025-03-27T17:00:00Z", "updatedAt": "2025-09-04T10:15:00Z", "updatedBy": "newsroom-importer" } },
              { "version": 2, "operation": "DELETED", "recordedAt": "2025-09-05T08:00:00Z", "recordedBy": "newsroom-importer",
                "changedFields": [] }
            ], "page": 0, "size": 50, "total": 3 }""";


    static final String SUMMARY = """
            {
              "groupBy": "category",
              "groups": [
                { "key": "FINANCING", "count": 2, "personnel": 0,
                  "amounts": [ { "amount": "1500000.00", "currency": "EUR" }, { "amount": "250000.00", "currency": "GBP" } ] },
                { "key": "GROUND_FORCES", "count": 2, "personnel": 12000, "amounts": [] }
              ]
            }""";

    private CommitmentExamples() {
    }
}
