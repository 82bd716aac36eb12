package org.coalitiontracker.countries.api;

/** Example bodies shown in the OpenAPI document. */
final class MembershipExamples {

    static final String UPDATE = """
            {
              "role": "LEAD",
              "status": "ACTIVE",
              "joinedOn": "2025-03-02",
              "stances": [
                { "topic": "GROUND_TROOPS_IN_UKRAINE", "position": "CONDITIONAL",
                  "conditions": "A reassurance force once a ceasefire holds, with a US backstop.", "statedOn": "2025-09-04",
                  "sources": [ { "title": "Coalition leaders meet in Paris", "publisher": "Élysée Palace",
                                 "url": "https://www.elysee.fr/", "publishedOn": "2025-09-04" } ] }
              ],
              "notes": "Co-leads the coalition with the United Kingdom.",
              "sources": [ { "title": "Coalition leaders meet in Paris", "publisher": "Élysée Palace",
                             "url": "https://www.elysee.fr/", "publishedOn": "2025-09-04" } ]
            }""";

    private static final String ITEM = """
            {
              "coalitionId": "coalition-of-the-willing",
              "countryCode": "FR",
              "countryName": "France",
              "blocs": ["EU", "NATO"],
              "role": "LEAD",
              "status": "ACTIVE",
              "joinedOn": "2025-03-02",
              "stances": [
                { "topic": "GROUND_TROOPS_IN_UKRAINE", "position": "CONDITIONAL",
                  "conditions": "A reassurance force once a ceasefire holds, with a US backstop.", "statedOn": "2025-09-04",
                  "sources": [] }
              ],
              "notes": "Co-leads the coalition with the United Kingdom.",
              "sources": [],
              "version": 0,
              "createdAt": "2025-09-01T08:00:00Z",
              "updatedAt": "2025-09-01T08:00:00Z",
              "updatedBy": "newsroom-importer"
            }""";

    static final String VIEW = ITEM;

    static final String CSV = """
            coalitionId,countryCode,countryName,blocs,role,roleHistory,status,joinedOn,leftOn,stances,stancesInForce,notes,sources,\
            claims,disputedFields,version,createdAt,updatedAt,updatedBy\r
            coalition-of-the-willing,FR,France,EU|NATO,LEAD,"[{""role"":""LEAD"",""from"":""2025-03-02""}]",ACTIVE,2025-03-02,,\
            "[{""topic"":""GROUND_TROOPS_IN_UKRAINE"",""position"":""CONDITIONAL"",""statedOn"":""2025-09-04"",""sources"":[]}]",\
            "[{""topic"":""GROUND_TROOPS_IN_UKRAINE"",""position"":""CONDITIONAL"",""statedOn"":""2025-09-04"",""sources"":[]}]",\
            Co-leads the coalition with the United Kingdom.,[],[],,0,2025-09-01T08:00:00Z,2025-09-01T08:00:00Z,newsroom-importer\r
            """;

    static final String NDJSON = """
            {"coalitionId":"coalition-of-the-willing","countryCode":"FR","countryName":"France","role":"LEAD","status":"ACTIVE","version":0}
            {"coalitionId":"coalition-of-the-willing","countryCode":"GB","countryName":"United Kingdom","role":"LEAD","status":"ACTIVE","version":1}
            """;

    static final String PAGE = "{ \"items\": [\n" + ITEM + "\n], \"page\": 0, \"size\": 50, \"total\": 1 }";

    static final String HISTORY = """
            { "items": [
              { "version": 0, "operation": "CREATED", "recordedAt": "2025-09-01T08:00:00Z", "recordedBy": "newsroom-importer",
                "changedFields": ["blocs", "coalitionId", "countryCode", "countryName", "joinedOn", "role", "sources", "stances", "status"],
                "state": { "coalitionId": "coalition-of-the-willing", "countryCode": "FR", "countryName": "France", "blocs": ["EU", "NATO"],
                  "role": "MEMBER", "status": "ACTIVE", "joinedOn": "2025-03-02", "stances": [], "sources": [], "version": 0,
                  "createdAt": "2025-09-01T08:00:00Z", "updatedAt": "2025-09-01T08:00:00Z", "updatedBy": "newsroom-importer" } },
              { "version": 1, "operation": "UPDATED", "recordedAt": "2025-09-04T14:05:00Z", "recordedBy": "editor-anna",
                "changedFields": ["role"],
                "state": { "coalitionId": "coalition-of-the-willing", "countryCode": "FR", "countryName": "France", "blocs": ["EU", "NATO"],
                  "role": "LEAD", "status": "ACTIVE", "joinedOn": "2025-03-02", "stances": [], "sources": [], "version": 1,
                  "createdAt": "2025-09-01T08:00:00Z", "updatedAt": "2025-09-04T14:05:00Z", "updatedBy": "editor-anna" } },
              { "version": 2, "operation": "DELETED", "recordedAt": "2025-09-05T09:30:00Z", "recordedBy": "editor-anna",
                "changedFields": [] }
            ], "page": 0, "size": 50, "total": 3 }""";

    private MembershipExamples() {
    }
}
