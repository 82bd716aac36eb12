package org.coalitiontracker.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * The local suite's token issuer: an RSA key pair made on first start and kept with the suite's
 * data (never in the repository), whose public half the services verify tokens with, and
 * tokens for the editor and the admin signed with its private half.
 */
public final class SuiteKeys {

    /** What the services expect by default (service-kit's configuration). */
    public static final String ISSUER = "coalition-tracker";
    public static final String AUDIENCE = "coalition-tracker";

    private final Path publicKey;
    private final PrivateKey privateKey;

    private SuiteKeys(Path publicKey, PrivateKey privateKey) {
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    /** The key pair in {@code directory}, made there first if it is not. */
    public static SuiteKeys in(Path directory) {
        Path privateFile = directory.resolve("signing-key.pem");
        Path publicFile = directory.resolve("public-key.pem");
        try {
            if (!Files.exists(privateFile)) {
                Files.createDirectories(directory);
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                restrictToOwner(privateFile);
            }
            byte[] encoded = Base64.getMimeDecoder().decode(Files.readString(privateFile).replaceAll("-----[A-Z ]+-----", ""));
            return new SuiteKeys(publicFile, KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the suite's signing key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The suite's signing key in " + directory + " is unreadable; delete the folder to make a new one", e);
        }
    }

    /** The public key file the services verify tokens with. */
    public Path publicKey() {
        return publicKey;
    }

    /** A token for {@code subject} with {@code roles}, valid for {@code validity}. */
    public String token(String subject, List<String> roles, Duration validity) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setStringListClaim("groups", roles);
        claims.setIssuedAtToNow();
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plus(validity).getEpochSecond()));
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(privateKey);
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        signature.setHeader("typ", "JWT");
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    public String editorToken(Duration validity) {
        return token("local-editor", List.of("editor"), validity);
    }

    public String adminToken(Duration validity) {
        return token("local-admin", List.of("editor", "admin"), validity);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's own permissions are what protects it.
        }
    }
}
