package org.coalitiontracker.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain HTTP client for tests that send many requests at once (rest-assured is neither made
 * for that nor for bytes that are not valid text): every request carries the suite's editor
 * token, and an answer keeps its status, body and the version in its {@code ETag}.
 */
final class SuiteHttp {

    static final String JSON = "application/json";
    static final String MERGE_PATCH = "application/merge-patch+json";

    private static final Pattern STRONG_ETAG = Pattern.compile("^\"(\\d+)\"$");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    SuiteHttp(String token) {
        this.token = token;
    }

    /** What a service answered; {@code status} 0 when it did not answer at all. */
    record Answer(int status, String body, OptionalLong version, String contentType, Optional<String> retryAfter, String failure) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The {@code id} of the resource in the body (a created event or commitment). */
        String id() {
            Matcher matcher = ID.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("no id in " + body);
            }
            return matcher.group(1);
        }

        long requireVersion() {
            return version.orElseThrow(() -> new AssertionError("no ETag in an answer " + status + " " + body));
        }

        @Override
        public String toString() {
            return status == 0 ? "no answer (" + failure + ")" : status + " " + abbreviate(body, 300);
        }
    }

    Answer get(String url) {
        return send("GET", url, null, (byte[]) null, null);
    }

    Answer send(String method, String url, String contentType, String body, String ifMatch) {
        return send(method, url, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), ifMatch);
    }

    /** Sends {@code body} as it is (it may be invalid UTF-8); {@code url} must already be percent-encoded. */
    Answer send(String method, String url, String contentType, byte[] body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            OptionalLong version = response.headers().firstValue("ETag").map(STRONG_ETAG::matcher).filter(Matcher::matches)
                    .map(m -> OptionalLong.of(Long.parseLong(m.group(1)))).orElse(OptionalLong.empty());
            return new Answer(response.statusCode(), response.body(), version, response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After"), null);
        } catch (IOException e) {
            return new Answer(0, "", OptionalLong.empty(), "", Optional.empty(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", OptionalLong.empty(), "", Optional.empty(), "interrupted");
        }
    }

    static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "...(" + text.length() + " chars)";
    }
}
