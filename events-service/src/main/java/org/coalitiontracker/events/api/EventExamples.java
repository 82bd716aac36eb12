package org.coalitiontracker.events.api;

/** Example bodies shown in the OpenAPI document: the 4 September 2025 Paris meeting. */
final class EventExamples {

    static final String BODY = """
            {
              "title": "Coalition of the Willing leaders' meeting",
              "kind": "LEADERS_SUMMIT",
              "format": "HYBRID",
              "status": "HELD",
              "startsAt": "2025-09-04T11:00:00+02:00",
              "endsAt": "2025-09-04T13:30:00+02:00",
              "timeZone": "Europe/Paris",
              "location": { "venue": "Élysée Palace", "city": "Paris", "countryCode": "FR" },
              "coalitionId": "coalition-of-the-willing",
              "summary": "Co-chaired by France and the United Kingdom; mostly virtual, with Ukraine's president in Paris. Security guarantees and military planning.",
              "sources": [
                { "title": "Élysée announces leaders' meeting on Ukraine", "publisher": "Élysée Palace", "publishedOn": "2025-09-01" }
              ]
            }""";

    static final String PATCH = """
            { "status": "HELD", "summary": "Held in hybrid format; the United States was briefed afterwards." }""";

    static final String PARTICIPANT_BODY = """
            {
              "role": "CO_CHAIR",
              "attendance": "IN_PERSON",
              "representedBy": "Emmanuel Macron",
              "sources": [
                { "title": "Élysée announces leaders' meeting on Ukraine", "publisher": "Élysée Palace", "publishedOn": "2025-09-01" }
              ]
            }""";

    static final String PARTICIPANT = """
            {
              "countryCode": "FR",
              "role": "CO_CHAIR",
              "attendance": "IN_PERSON",
              "representedBy": "Emmanuel Macron",
              "sources": [
                { "title": "Élysée announces leaders' meeting on Ukraine", "publisher": "Élysée Palace", "publishedOn": "2025-09-01" }
              ],
              "member": true,
              "createdAt": "2025-09-01T08:05:00Z",
              "updatedAt": "2025-09-01T08:05:00Z",
              "updatedBy": "newsroom-importer"
            }""";

    static final String PARTICIPANT_VIRTUAL = """
            {
              "countryCode": "GB",
              "role": "CO_CHAIR",
              "attendance": "VIRTUAL",
              "representedBy": "Keir Starmer",
              "sources": [],
              "member": true,
              "createdAt": "2025-09-01T08:06:00Z",
              "updatedAt": "2025-09-01T08:06:00Z",
              "updatedBy": "newsroom-importer"
            }""";

    static final String PARTICIPANT_PAGE = "{ \"items\": [" + PARTICIPANT + ",\n" + PARTICIPANT_VIRTUAL
            + "\n], \"page\": 0, \"size\": 50, \"total\": 2 }";

    static final String VIEW = """
            {
              "id": "0b6f2c1e-8d3a-4f5e-9c2b-7a1d4e6f8a90",
              "title": "Coalition of the Willing leaders' meeting",
              "kind": "LEADERS_SUMMIT",
              "format": "HYBRID",
              "status": "HELD",
              "startsOn": "2025-09-04",
              "startsAt": "2025-09-04T11:00:00+02:00",
              "endsAt": "2025-09-04T13:30:00+02:00",
              "timeZone": "Europe/Paris",
              "location": { "venue": "Élysée Palace", "city": "Paris", "countryCode": "FR" },
              "coalitionId": "coalition-of-the-willing",
              "summary": "Co-chaired by France and the United Kingdom; mostly virtual, with Ukraine's president in Paris. Security guarantees and military planning.",
              "sources": [
                { "title": "Élysée announces leaders' meeting on Ukraine", "publisher": "Élysée Palace", "publishedOn": "2025-09-01" }
              ],
              "participants": [""" + PARTICIPANT + ",\n" + PARTICIPANT_VIRTUAL + """
              ],
              "version": 2,
              "createdAt": "2025-09-01T08:00:00Z",
              "updatedAt": "2025-09-01T08:06:00Z",
              "updatedBy": "newsroom-importer"
            }""";

    static final String CSV = """
            id,title,kind,format,status,startsOn,startsAt,endsAt,timeZone,location.venue,location.city,location.countryCode,coalitionId,\
            summary,sources,claims,disputedFields,participants,version,createdAt,updatedAt,updatedBy\r
            6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f21,Coalition of the Willing leaders' meeting,LEADERS_SUMMIT,HYBRID,HELD,2025-09-04,\
            2025-09-04T11:00:00+02:00,2025-09-04T13:30:00+02:00,Europe/Paris,Élysée Palace,Paris,FR,coalition-of-the-willing,\
            "Co-chaired by France and the United Kingdom; mostly virtual.",\
            "[{""title"":""Élysée announces leaders' meeting on Ukraine"",""publisher"":""Élysée Palace"",""publishedOn"":""2025-09-01""}]",\
            [],,"[{""countryCode"":""FR"",""role"":""CO_CHAIR"",""attendance"":""IN_PERSON""}]",3,2025-09-01T08:00:00Z,\
            2025-09-04T14:00:00Z,newsroom-importer\r
            """;

    static final String NDJSON = "{\"id\":\"6a1f5f63-2b7c-4e54-9d0a-5d1a3c0e9f21\",\"title\":\"Coalition of the Willing leaders' meeting\","
            + "\"kind\":\"LEADERS_SUMMIT\",\"startsOn\":\"2025-09-04\",\"version\":3}\n"
            + "{\"id\":\"0b7d2c4e-1f3a-4b5c-9d8e-7f6a5b4c3d2e\",\"title\":\"Defence ministers' call\",\"kind\":\"CALL\","
            + "\"startsOn\":\"2025-09-10\",\"version\":0}\n";

    static final String PAGE = "{ \"items\": [" + VIEW + "\n], \"page\": 0, \"size\": 50, \"total\": 1 }";

    static final String COMMITMENT_PAGE = """
            {
              "items": [
                {
                  "id": "3f1c0a52-6f0e-4d7e-9a51-0d7f3b7e2c11",
                  "countryCode": "FR",
                  "coalitionId": "coalition-of-the-willing",
                  "category": "GROUND_FORCES",
                  "status": "PLEDGED",
                  "description": "Troops for a reassurance force in Ukraine once hostilities cease.",
                  "personnel": 2000,
                  "conditions": ["US_BACKSTOP", "CEASEFIRE"],
                  "stationedIn": "UA",
                  "announcedAtEventId": "0b6f2c1e-8d3a-4f5e-9c2b-7a1d4e6f8a90",
                  "announcedOn": "2025-09-04",
                  "version": 0
                },
                {
                  "id": "8c2d4e6f-1a3b-4c5d-8e7f-9a0b1c2d3e4f",
                  "countryCode": "NO",
                  "coalitionId": "coalition-of-the-willing",
                  "category": "FINANCING",
                  "status": "CONFIRMED",
                  "description": "Funding for Ukrainian air defence.",
                  "amount": { "amount": "1500000000.00", "currency": "EUR" },
                  "conditions": [],
                  "announcedAtEventId": "0b6f2c1e-8d3a-4f5e-9c2b-7a1d4e6f8a90",
                  "announcedOn": "2025-09-04",
                  "version": 1
                }
              ],
              "page": 0,
              "size": 50,
              "total": 2
            }""";

    static final String HISTORY = """
            { "items": [
              { "version": 0, "operation": "CREATED", "recordedAt": "2025-09-01T08:00:00Z", "recordedBy": "newsroom-importer",
                "changedFields": ["coalitionId", "id", "kind", "participants", "sources", "startsAt", "startsOn", "status", "timeZone", "title"],
                "state": { "id": "0b6f2c1e-8d3a-4f5e-9c2b-7a1d4e6f8a90", "title": "Coalition of the Willing leaders' meeting",
                  "kind": "LEADERS_SUMMIT", "status": "ANNOUNCED", "startsOn": "2025-09-04", "startsAt": "2025-09-04T11:00:00+02:00", "timeZone": "Europe/Paris",
                  "coalitionId": "coalition-of-the-willing", "sources": [], "participants": [], "version": 0,
                  "createdAt": "2025-09-01T08:00:00Z", "updatedAt": "2025-09-01T08:00:00Z", "updatedBy": "newsroom-importer" } },
              { "version": 1, "operation": "UPDATED", "recordedAt": "2025-09-01T08:05:00Z", "recordedBy": "newsroom-importer",
                "changedFields": ["participants"],
                "state": { "id": "0b6f2c1e-8d3a-4f5e-9c2b-7a1d4e6f8a90", "title": "Coalition of the Willing leaders' meeting",
                  "kind": "LEADERS_SUMMIT", "status": "ANNOUNCED", "startsOn": "2025-09-04", "startsAt": "2025-09-04T11:00:00+02:00", "timeZone": "Europe/Paris",
                  "coalitionId": "coalition-of-the-willing", "sources": [],
                  "participants": [ { "countryCode": "FR", "role": "CO_CHAIR", "attendance": "IN_PERSON", "sources": [],
                    "createdAt": "2025-09-01T08:05:00Z", "updatedAt": "2025-09-01T08:05:00Z", "updatedBy": "newsroom-importer" } ],
                  "version": 1, "createdAt": "2025-09-01T08:00:00Z", "updatedAt": "2025-09-01T08:05:00Z", "updatedBy": "newsroom-importer" } }
            ], "page": 0, "size": 50, "total": 2 }""";

    private EventExamples() {
    }
}
