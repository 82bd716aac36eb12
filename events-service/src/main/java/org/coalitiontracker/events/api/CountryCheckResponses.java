package org.coalitiontracker.events.api;

/** How the writes that name countries document the answers of the country check (see {@code KnownCountries}). */
final class CountryCheckResponses {

    static final String UNKNOWN_COUNTRY = "The body breaks a rule (`errors` names each field), or a country code is not an ISO 3166-1 "
            + "alpha-2 code of a country that countries-service knows.";
    static final String OWNER_UNREACHABLE = "A country code is not yet in this service's copy of the countries, and countries-service, "
            + "which was asked instead, could not be reached. Nothing was written; retry shortly.";

    private CountryCheckResponses() {
    }
}
