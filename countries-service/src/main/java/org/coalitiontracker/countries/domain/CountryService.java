package org.coalitiontracker.countries.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.coalitiontracker.kit.http.Page;
import org.coalitiontracker.kit.http.PageRequest;
import org.coalitiontracker.kit.export.Exports;
import org.coalitiontracker.kit.persistence.Filters;
import org.coalitiontracker.kit.persistence.Pages;
import org.coalitiontracker.kit.persistence.ReadOnly;
import org.coalitiontracker.kit.problem.ProblemException;

import io.quarkus.panache.common.Sort;

/** Finding countries, by code or by any of their names. Countries are reference data: nothing here writes. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CountryService {

    private static final Pattern ALPHA_2 = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern ALPHA_3 = Pattern.compile("[A-Za-z]{3}");

    /**
     * {@code unaccent} runs on both sides, so that the database, not Java, decides what an accent
     * is ("Türkiye", "turkiye" and "TURKIYE" compare equal); wildcards in the text are escaped
     * so that "%" and "_" find themselves.
     */
    private static final String NAME_OR_ALIAS_CONTAINS = "(lower(cast(unaccent(c.name) as String)) like cast(unaccent(:text) as String) escape '!'"
            + " or exists (select 1 from Country named join named.aliases alias"
            + " where named = c and lower(cast(unaccent(alias) as String)) like cast(unaccent(:text) as String) escape '!'))";

    public Page<Country> list(CountryFilter filter, PageRequest page) {
        Filters filters = filters(filter);
        return Pages.fetch(Country.<Country>find("from Country c where " + filters.where(), Sort.by("c.code"), filters.parameters()),
                page, c -> c);
    }

    /** Every country {@link #list} answers for the filter over all its pages, in its order, from a database cursor (exports). */
    public Stream<Country> stream(CountryFilter filter) {
        Filters filters = filters(filter);
        return Exports.rows(Country.<Country>find("from Country c where " + filters.where(), Sort.by("c.code"), filters.parameters()));
    }

    private static Filters filters(CountryFilter filter) {
        return new Filters()
                .and(NAME_OR_ALIAS_CONTAINS, "text", filter.text().map(CountryService::containsPattern))
                .and(":bloc member of c.blocs", "bloc", filter.bloc())
                .and("c.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }

    /** The country with this alpha-2 or alpha-3 code, in any case; empty for a code that is unknown or malformed. */
    public Optional<Country> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (ALPHA_2.matcher(code).matches()) {
            return Country.findByIdOptional(code.toUpperCase(Locale.ROOT));
        }
        if (ALPHA_3.matcher(code).matches()) {
            return Country.find("alpha3", code.toUpperCase(Locale.ROOT)).firstResultOptional();
        }
        return Optional.empty();
    }

    public Country findReadOnly(String code) {
        Optional<Country> found = Optional.empty();
        if (code != null && ALPHA_2.matcher(code).matches()) {
            found = ReadOnly.findById(Country.class, code.toUpperCase(Locale.ROOT));
        } else if (code != null && ALPHA_3.matcher(code).matches()) {
            found = ReadOnly.query(Country.<Country>find("alpha3", code.toUpperCase(Locale.ROOT))).firstResultOptional();
        }
        return found.orElseThrow(() -> ProblemException.notFound("There is no country with the ISO 3166-1 code '" + code + "'."));
    }

    /** Whether the code could name a country (two or three letters), whether or not one has it. */
    public static boolean isWellFormedCode(String code) {
        return code != null && (ALPHA_2.matcher(code).matches() || ALPHA_3.matcher(code).matches());
    }

    private static String containsPattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
