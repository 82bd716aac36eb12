package org.coalitiontracker.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.restassured.specification.RequestSpecification;

/**
 * The requests a service must refuse with 401 on any write, whatever its body: no token, and
 * tokens that are malformed, expired, not yet valid, from another issuer or for another audience,
 * wrongly signed, unsigned ({@code alg: none}), signed by a key it does not trust, tampered with,
 * or signed with an algorithm it does not accept. Every token here claims the role {@code editor}
 * (or more), so a service that failed to check it would let the write through.
 * Use with {@code @MethodSource("org.coalitiontracker.testing.HostileTokens#all")}.
 */
public final class HostileTokens {

    private HostileTokens() {
    }

    /**
     * One way of presenting (or not) a token. {@code invalidToken}: a token was sent and must be
     * rejected as such ({@code WWW-Authenticate: Bearer error="invalid_token"}); otherwise the
     * request counts as bringing no bearer token at all ({@code WWW-Authenticate: Bearer}).
     */
    public record HostileToken(String name, Supplier<String> authorization, boolean invalidToken) {

        /** Sets the Authorization header (or none) on {@code request}. */
        public RequestSpecification applyTo(RequestSpecification request) {
            String value = authorization.get();
            return value == null ? request.header(EditorTokenByDefault.WITHOUT_TOKEN, "true") : request.header("Authorization", value);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static List<HostileToken> all() {
        return List.of(
                new HostileToken("no token", () -> null, false),
                new HostileToken("another scheme (Basic)", () -> "Basic " + base64("test-editor:secret"), false),
                new HostileToken("malformed", () -> "Bearer not-a-jwt", true),
                new HostileToken("three parts of garbage", () -> "Bearer e30.e30.e30", true),
                new HostileToken("expired", () -> bearer(TestTokens.sign(expired())), true),
                new HostileToken("not yet valid", () -> bearer(TestTokens.sign(notYetValid())), true),
                new HostileToken("wrong issuer", () -> bearer(TestTokens.sign(with(editorClaims(), "iss", "https://attacker.example"))), true),
                new HostileToken("wrong audience", () -> bearer(TestTokens.sign(with(editorClaims(), "aud", "another-service"))), true),
                new HostileToken("no audience", () -> bearer(TestTokens.sign(without(editorClaims(), "aud"))), true),
                new HostileToken("bad signature", () -> bearer(badSignature(TestTokens.sign(editorClaims()))), true),
                new HostileToken("alg none", () -> bearer(TestTokens.unsigned(editorClaims())), true),
                new HostileToken("alg none, signature kept", () -> bearer(algNoneKeepingSignature()), true),
                new HostileToken("signed by another key", () -> bearer(TestTokens.signWith(TestTokens.untrustedKey(), "RS256", editorClaims())), true),
                new HostileToken("tampered payload", () -> bearer(tampered()), true),
                new HostileToken("HS256 with the public key as secret", () -> bearer(TestTokens.signWithHmac(TestTokens.publicKeyPem(), editorClaims())), true),
                new HostileToken("RS512 instead of RS256", () -> bearer(TestTokens.signWith(TestTokens.trustedKey(), "RS512", editorClaims())), true));
    }

    private static Map<String, Object> editorClaims() {
        return TestTokens.claims("attacker", "editor", "admin");
    }

    private static Map<String, Object> expired() {
        Instant now = Instant.now();
        Map<String, Object> claims = editorClaims();
        claims.put("iat", now.minus(Duration.ofHours(2)).getEpochSecond());
        claims.put("exp", now.minus(Duration.ofHours(1)).getEpochSecond());
        return claims;
    }

    private static Map<String, Object> notYetValid() {
        Map<String, Object> claims = editorClaims();
        claims.put("nbf", Instant.now().plus(Duration.ofHours(1)).getEpochSecond());
        return claims;
    }

    private static Map<String, Object> with(Map<String, Object> claims, String name, Object value) {
        claims.put(name, value);
        return claims;
    }

    private static Map<String, Object> without(Map<String, Object> claims, String name) {
        claims.remove(name);
        return claims;
    }

    /** A valid token whose signature has one bit changed. */
    private static String badSignature(String token) {
        int dot = token.lastIndexOf('.');
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        signature[signature.length / 2] ^= 0x01;
        return token.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** A valid token for a role-less subject, whose payload is then rewritten to claim the editor role. */
    private static String tampered() {
        String token = TestTokens.sign(TestTokens.claims("attacker", "viewer"));
        String[] parts = token.split("\\.");
        return parts[0] + "." + TestTokens.encode(editorClaims()) + "." + parts[2];
    }

    /** A valid token whose header is rewritten to {@code alg: none}, its signature left in place. */
    private static String algNoneKeepingSignature() {
        String[] parts = TestTokens.sign(editorClaims()).split("\\.");
        return TestTokens.encode(Map.of("alg", "none", "typ", "JWT")) + "." + parts[1] + "." + parts[2];
    }

    private static String bearer(String token) {
        return TestTokens.bearer(token);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
