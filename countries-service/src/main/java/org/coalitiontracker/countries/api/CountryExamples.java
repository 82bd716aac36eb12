package org.coalitiontracker.countries.api;

/** Example bodies shown in the OpenAPI document. */
final class CountryExamples {

    static final String VIEW = """
            {
              "code": "TR",
              "alpha3": "TUR",
              "name": "Türkiye",
              "aliases": ["Republic of Turkey", "Republic of Turkiye", "Republic of Türkiye", "Turkey", "Turkiye"],
              "blocs": ["NATO"],
              "version": 0,
              "createdAt": "2025-09-01T08:00:00Z",
              "updatedAt": "2025-09-01T08:00:00Z"
            }""";

    static final String CSV = """
            code,alpha3,name,aliases,blocs,version,createdAt,updatedAt,updatedBy\r
            TR,TUR,Türkiye,Republic of Turkey|Republic of Turkiye|Republic of Türkiye|Turkey|Turkiye,NATO,0,2025-09-01T08:00:00Z,\
            2025-09-01T08:00:00Z,\r
            """;

    static final String NDJSON = """
            {"code":"TR","alpha3":"TUR","name":"Türkiye","aliases":["Turkey","Turkiye"],"blocs":["NATO"],"version":0}
            {"code":"UA","alpha3":"UKR","name":"Ukraine","aliases":[],"blocs":[],"version":0}
            """;

    static final String PAGE = """
            { "items": [
            {
              "code": "TR",
              "alpha3": "TUR",
              "name": "Türkiye",
              "aliases": ["Republic of Turkey", "Republic of Turkiye", "Republic of Türkiye", "Turkey", "Turkiye"],
              "blocs": ["NATO"],
              "version": 0,
              "createdAt": "2025-09-01T08:00:00Z",
              "updatedAt": "2025-09-01T08:00:00Z"
            }
            ], "page": 0, "size": 50, "total": 1 }""";

    private CountryExamples() {
    }
}
