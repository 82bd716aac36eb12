package org.coalitiontracker.countries.api;

import java.time.Instant;
import java.util.List;

import org.coalitiontracker.countries.domain.Bloc;
import org.coalitiontracker.countries.domain.Country;
import org.coalitiontracker.kit.export.CsvColumns;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An ISO 3166-1 country, with the other names it is known by and the blocs it belongs to.")
public record CountryView(
        @Schema(description = "ISO 3166-1 alpha-2 code, the country's identifier everywhere in the suite.", examples = "TR")
        String code,
        @Schema(description = "ISO 3166-1 alpha-3 code.", examples = "TUR")
        String alpha3,
        @Schema(description = "Current common English short name.", examples = "Türkiye")
        String name,
        @Schema(description = "Other names and spellings it is known by (former names, spellings without accents), sorted.")
        List<String> aliases,
        @Schema(description = "The blocs it belongs to, sorted.")
        List<Bloc> blocs,
        @Schema(description = "Version, incremented on every change; the `ETag` carries it.", examples = "0")
        long version,
        @Schema(description = "When the record was created.", examples = "2025-09-01T08:00:00Z")
        Instant createdAt,
        @Schema(description = "When the record last changed.", examples = "2025-09-01T08:00:00Z")
        Instant updatedAt,
        @Schema(description = "Who made the last change: the subject of their token. Left out for records written before writes were "
                + "authenticated, and for the reference data loaded with the service.", examples = "newsroom-importer")
        String updatedBy) {

    /** The CSV export's columns (kit.export.CsvColumns): aliases and blocs joined by `|`. */
    static final CsvColumns<CountryView> CSV = CsvColumns.of(CountryView.class)
            .value("code", CountryView::code)
            .value("alpha3", CountryView::alpha3)
            .value("name", CountryView::name)
            .list("aliases", CountryView::aliases)
            .list("blocs", CountryView::blocs)
            .value("version", CountryView::version)
            .value("createdAt", CountryView::createdAt)
            .value("updatedAt", CountryView::updatedAt)
            .value("updatedBy", CountryView::updatedBy);

    static CountryView of(Country country) {
        return new CountryView(country.code, country.alpha3, country.name, country.aliases.stream().sorted().toList(),
                country.blocs.stream().sorted().toList(), country.version, country.createdAt, country.updatedAt, country.updatedBy);
    }
}
