package org.coalitiontracker.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bearer tokens for tests, signed (RS256, with the JDK's own crypto) by the test key pair under
 * {@code org/coalitiontracker/testing/jwt/}, whose public half the services' tests trust
 * (test-support's {@code META-INF/microprofile-config.properties}). Issuer and audience are the
 * services' defaults. {@link #claims(String, String...)} and the {@code sign...} methods also
 * make the tokens a service must refuse ({@link HostileTokens}).
 */
public final class TestTokens {

    public static final String ISSUER = "coalition-tracker";
    public static final String AUDIENCE = "coalition-tracker";
    public static final String EDITOR_SUBJECT = "test-editor";
    public static final String ADMIN_SUBJECT = "test-admin";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String KEYS = "org/coalitiontracker/testing/jwt/";
    private static volatile PrivateKey privateKey;

    private TestTokens() {
    }

    /** A token with the role {@code editor}: may write. */
    public static String editor() {
        return withGroups(EDITOR_SUBJECT, "editor");
    }

    /** A token with the roles {@code editor} and {@code admin}, as an administrator's token carries them. */
    public static String admin() {
        return withGroups(ADMIN_SUBJECT, "editor", "admin");
    }

    /** A valid token for {@code subject} with exactly these groups (roles). */
    public static String withGroups(String subject, String... groups) {
        return sign(claims(subject, groups));
    }

    /** {@code Bearer <token>}, the value of an Authorization header. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The claims of a valid token, valid for 12 hours from now; change them to make an invalid one. */
    public static Map<String, Object> claims(String subject, String... groups) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", List.of(groups));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(Duration.ofHours(12)).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    /** Signs with the test key pair the services trust. */
    public static String sign(Map<String, Object> claims) {
        return signWith(privateKey(), "RS256", claims);
    }

    /** Signs with {@code key} using {@code algorithm}: {@code RS256}, {@code RS384} or {@code RS512}. */
    public static String signWith(PrivateKey key, String algorithm, Map<String, Object> claims) {
        String signingInput = encode(header(algorithm)) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA" + algorithm.substring(2) + "withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HS256 with {@code secret} as the HMAC key (the algorithm-confusion attack uses the public key's bytes). */
    public static String signWithHmac(byte[] secret, Map<String, Object> claims) {
        String signingInput = encode(header("HS256")) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "." + BASE64URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token: header {@code "alg": "none"} and an empty signature. */
    public static String unsigned(Map<String, Object> claims) {
        return encode(header("none")) + "." + encode(claims) + ".";
    }

    /** A fresh key pair's private key, which no service trusts. */
    public static PrivateKey untrustedKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The trusted public key, as the PEM file's bytes. */
    public static byte[] publicKeyPem() {
        return resource("public-key.pem");
    }

    static String encode(Map<String, Object> json) {
        try {
            return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> header(String algorithm) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", algorithm);
        header.put("typ", "JWT");
        return header;
    }

    /** The trusted private key, for tokens that misuse it (another algorithm). */
    static PrivateKey trustedKey() {
        return privateKey();
    }

    private static PrivateKey privateKey() {
        if (privateKey == null) {
            privateKey = decode(resource("private-key.pem"), false);
        }
        return privateKey;
    }

    @SuppressWarnings("unchecked")
    private static <K> K decode(byte[] pem, boolean isPublic) {
        String base64 = new String(pem, StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        try {
            KeyFactory factory = KeyFactory.getInstance("RSA");
            return (K) (isPublic ? factory.generatePublic(new X509EncodedKeySpec(der)) : factory.generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the test key", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(KEYS + name)) {
            if (in == null) {
                throw new IllegalStateException("Test key " + KEYS + name + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
