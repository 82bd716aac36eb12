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

    static final String PAGE = "{ \"items\": [\n" + ITEM + "\n], \"page\": 0, \"size\": 50, \"total\": 1 }";

    private MembershipExamples() {
    }
}
