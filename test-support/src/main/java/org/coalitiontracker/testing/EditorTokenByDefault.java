package org.coalitiontracker.testing;

import java.time.Duration;
import java.time.Instant;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every {@code @QuarkusTest} request made with rest-assured acts as an editor: a request without an
 * {@code Authorization} header gets {@code Bearer <TestTokens.editor()>}. A request that sets its
 * own {@code Authorization} (an admin token, a hostile one) keeps it; one that must carry none
 * says so with {@link #WITHOUT_TOKEN}. Registered for every test through
 * {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}.
 */
public class EditorTokenByDefault implements QuarkusTestBeforeEachCallback {

    /** A request header that makes the request go without any token; it is removed before sending. */
    public static final String WITHOUT_TOKEN = "X-Test-Without-Token";

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(DefaultTokenFilter.class::isInstance)) {
            RestAssured.filters(new DefaultTokenFilter());
        }
    }

    static final class DefaultTokenFilter implements Filter {

        private String token;
        private Instant renewAt = Instant.MIN;

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) {
            if (request.getHeaders().hasHeaderWithName(WITHOUT_TOKEN)) {
                request.removeHeader(WITHOUT_TOKEN);
            } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", TestTokens.bearer(editorToken()));
            }
            return context.next(request, response);
        }

        private synchronized String editorToken() {
            if (Instant.now().isAfter(renewAt)) {
                token = TestTokens.editor();
                renewAt = Instant.now().plus(Duration.ofHours(1));
            }
            return token;
        }
    }
}
