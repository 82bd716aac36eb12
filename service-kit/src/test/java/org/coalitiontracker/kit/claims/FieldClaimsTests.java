package org.coalitiontracker.kit.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.coalitiontracker.kit.source.Source;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** The one rule by which a field's value follows from its claims, and when a field is disputed or settled. */
class FieldClaimsTests {

    private static Source source(String name) {
        return new Source(name, null, "https://example.org/" + name, null, null);
    }

    private static Claim claim(String value, Rank rank, String... sources) {
        return new Claim("launchedOn", TextNode.valueOf(value), List.of(sources).stream().map(FieldClaimsTests::source).toList(), rank,
                rank == Rank.DEPRECATED ? "why" : null);
    }

    private static FieldClaims only(Claim... claims) {
        List<FieldClaims> fields = FieldClaims.of(List.of(claims));
        assertEquals(1, fields.size());
        return fields.get(0);
    }

    private static Optional<JsonNode> text(String value) {
        return Optional.of(TextNode.valueOf(value));
    }

    @Test
    void claimsThatAgreeGiveTheirValueAndAreNoDispute() {
        FieldClaims field = only(claim("2025-02", Rank.NORMAL, "a"), claim("2025-02", Rank.NORMAL, "b"));
        assertEquals(text("2025-02"), field.value());
        assertFalse(field.disputed());
        assertFalse(field.contested());
    }

    @Test
    void disagreeingClaimsAreDisputedAndTheValueIsTheOneMostSourcesGive() {
        FieldClaims field = only(claim("2025-03", Rank.NORMAL, "d"), claim("2025-02", Rank.NORMAL, "a", "b", "c"));
        assertEquals(text("2025-02"), field.value());
        assertTrue(field.disputed());
        assertTrue(field.contested());
        assertFalse(field.settled());
    }

    @Test
    void aSourceCitedTwiceForOneValueCountsOnce() {
        FieldClaims field = only(claim("2025-03", Rank.NORMAL, "d", "e"), claim("2025-02", Rank.NORMAL, "a", "a"));
        assertEquals(text("2025-03"), field.value());
    }

    @Test
    void aTieGoesToTheValueClaimedFirst() {
        assertEquals(text("2025-03"), only(claim("2025-03", Rank.NORMAL, "d"), claim("2025-02", Rank.NORMAL, "a")).value());
        assertEquals(text("2025-02"), only(claim("2025-02", Rank.NORMAL, "a"), claim("2025-03", Rank.NORMAL, "d")).value());
    }

    @Test
    void aPreferredClaimSettlesItAgainstTheMajority() {
        FieldClaims field = only(claim("2025-02", Rank.NORMAL, "a", "b", "c"), claim("2025-03", Rank.PREFERRED, "d"));
        assertEquals(text("2025-03"), field.value());
        assertFalse(field.disputed());
        assertTrue(field.contested());
        assertTrue(field.settled());
    }

    @Test
    void deprecatedClaimsNeverCountButMakeItAContestSettled() {
        FieldClaims field = only(claim("2023-08-18", Rank.DEPRECATED, "a", "b", "c"), claim("2025-08-18", Rank.NORMAL, "d"));
        assertEquals(text("2025-08-18"), field.value());
        assertFalse(field.disputed());
        assertTrue(field.contested());
        assertTrue(field.settled());

        FieldClaims alone = only(claim("2023-08-18", Rank.DEPRECATED, "a"));
        assertEquals(Optional.empty(), alone.value());
        assertTrue(alone.contested());
        assertTrue(alone.settled());
    }

    @Test
    void fieldsAreGroupedInTheOrderFirstClaimed() {
        Claim size = new Claim("reportedSize", TextNode.valueOf("30"), List.of(source("a")), null, null);
        List<FieldClaims> fields = FieldClaims.of(List.of(size, claim("2025-02", Rank.NORMAL, "a"), size));
        assertEquals(List.of("reportedSize", "launchedOn"), fields.stream().map(FieldClaims::field).toList());
        assertEquals(Rank.NORMAL, size.rank());
        assertEquals(List.of(), Claims.disputedFields(List.of(size, claim("2025-02", Rank.NORMAL, "a"))));
    }
}
