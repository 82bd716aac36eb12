package org.coalitiontracker.countries;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
class CountryResourceTests {

    private static final int ALL_COUNTRIES = 249;
    private static final int EU_MEMBERS = 27;
    private static final int NATO_MEMBERS = 32;

    @Test
    void listsEveryCountrySortedByCodeOnePageAtATime() {
        given().when().get("/countries")
                .then().statusCode(200)
                .body("total", equalTo(ALL_COUNTRIES)).body("size", equalTo(50)).body("page", equalTo(0))
                .body("items.size()", equalTo(50))
                .body("items[0].code", equalTo("AD"))
                .body("items[1].code", equalTo("AE"))
                .header("Link", containsString("rel=\"next\""));
        given().queryParam("size", 200).queryParam("page", 1).when().get("/countries")
                .then().statusCode(200)
                .body("items.size()", equalTo(ALL_COUNTRIES - 200))
                .body("items[-1].code", equalTo("ZW"))
                .header("Link", containsString("rel=\"prev\""))
                .header("Link", not(containsString("rel=\"next\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "turkey", "Turkey", "Türkiye", "turkiye", "TURKIYE", "TÜRKİYE", "türk", "republic of turkiye" })
    void searchFindsNamesAndAliasesIgnoringCaseAndAccents(String q) {
        given().queryParam("q", q).when().get("/countries")
                .then().statusCode(200)
                .body("items.code", hasItem("TR"));
    }

    @Test
    void searchMatchesAliasesAndPartsOfNames() {
        given().queryParam("q", "czech republic").get("/countries").then().statusCode(200).body("items.code", equalTo(List.of("CZ")));
        given().queryParam("q", "  Czechia ").get("/countries").then().statusCode(200).body("items.code", equalTo(List.of("CZ")));
        given().queryParam("q", "cote d").get("/countries").then().statusCode(200).body("items.code", hasItem("CI"));
        given().queryParam("q", "great brit").get("/countries").then().statusCode(200).body("items.code", equalTo(List.of("GB")));
        given().queryParam("q", "kingdom").get("/countries").then().statusCode(200).body("items.code", hasItem("GB"));
        given().queryParam("q", "no such country").get("/countries").then().statusCode(200).body("total", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = { "%", "_", "!", "%%", "' or '1'='1", "\\" })
    void searchTreatsWildcardsAndQuotesAsText(String q) {
        given().queryParam("q", q).when().get("/countries").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void filtersByBloc() {
        given().queryParam("bloc", "EU").queryParam("size", 200).get("/countries")
                .then().statusCode(200)
                .body("total", equalTo(EU_MEMBERS))
                .body("items.blocs", everyItem(hasItem("EU")))
                .body("items.code", hasItems("FR", "DE", "IT"));
        given().queryParam("bloc", "nato").queryParam("size", 200).get("/countries")
                .then().statusCode(200)
                .body("total", equalTo(NATO_MEMBERS))
                .body("items.code", hasItems("GB", "TR", "US", "CA", "NO"))
                .body("items.code", not(hasItem("AT")));
        given().queryParam("bloc", "NATO").queryParam("q", "turkey").get("/countries")
                .then().statusCode(200).body("items.code", equalTo(List.of("TR")));
        given().queryParam("bloc", "EU").queryParam("q", "turkey").get("/countries")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void filtersByUpdatedSince() {
        given().queryParam("updatedSince", "2000-01-01").get("/countries").then().statusCode(200).body("total", equalTo(ALL_COUNTRIES));
        given().queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/countries").then().statusCode(200).body("total", equalTo(0));
    }

    @ParameterizedTest
    @CsvSource({ "bloc, ASEAN", "bloc, E U", "updatedSince, yesterday", "updatedSince, +99999999-01-01",
            "page, -1", "page, first", "size, 0", "size, 1e3" })
    void refusesBadParametersWith400(String name, String value) {
        given().queryParam(name, value).when().get("/countries")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", equalTo("urn:coalition-tracker:problem:invalid-parameter"))
                .body("errors[0].field", equalTo(name));
    }

    @Test
    void refusesOverlongSearchText() {
        given().queryParam("q", "x".repeat(201)).when().get("/countries")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "TR", "tr", "Tr", "TUR", "tur", "tUr" })
    void getsACountryByAlpha2OrAlpha3InAnyCase(String code) {
        given().when().get("/countries/{code}", code)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("code", equalTo("TR"))
                .body("alpha3", equalTo("TUR"))
                .body("name", equalTo("Türkiye"))
                .body("aliases", equalTo(List.of("Republic of Turkey", "Republic of Turkiye", "Republic of Türkiye", "Turkey", "Turkiye")))
                .body("blocs", equalTo(List.of("NATO")))
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
    }

    @Test
    void showsEveryBlocSorted() {
        given().get("/countries/FR").then().statusCode(200).body("blocs", equalTo(List.of("EU", "NATO")));
        given().get("/countries/AT").then().statusCode(200).body("blocs", equalTo(List.of("EU")));
        given().get("/countries/CH").then().statusCode(200).body("blocs", equalTo(List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ZZ", "zzz", "F", "FRAN", "F1", "12", "..." })
    void anUnknownOrMalformedCodeIs404(String code) {
        given().when().get("/countries/{code}", code)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("urn:coalition-tracker:problem:not-found"));
    }

    @Test
    void countriesAreReadOnly() {
        given().contentType("application/json").body("{}").when().post("/countries")
                .then().statusCode(405).contentType("application/problem+json").body("status", equalTo(405))
                .header("Allow", "GET, HEAD").body("detail", equalTo("This method is not allowed here; allowed: GET, HEAD."));
        given().when().delete("/countries/FR")
                .then().statusCode(405).contentType("application/problem+json").body("status", equalTo(405))
                .header("Allow", "GET, HEAD");
        given().get("/countries/FR").then().statusCode(200);
    }

    /** RESTEasy picks the resource class before the method, so these paths answered 404 before the kit looked them up. */
    @Test
    void aWrongMethodOnAPathOfASecondResourceClassIs405WithWhatItAllows() {
        given().contentType("application/json").body("{}").when().post("/coalitions/any-coalition/members")
                .then().statusCode(405).contentType("application/problem+json").header("Allow", "GET, HEAD");
        given().contentType("application/json").body("{}").when().post("/coalitions/any-coalition/members/FR")
                .then().statusCode(405).header("Allow", "DELETE, GET, HEAD, PUT");
        given().when().delete("/coalitions")
                .then().statusCode(405).header("Allow", "GET, HEAD, POST");
        given().when().get("/coalitions/any-coalition/nothing-here").then().statusCode(404);
    }
}
