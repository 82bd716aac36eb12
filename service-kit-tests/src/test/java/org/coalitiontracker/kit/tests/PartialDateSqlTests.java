package org.coalitiontracker.kit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.coalitiontracker.kit.time.PartialDate;
import org.coalitiontracker.testing.EmbeddedPostgresResource;
import org.coalitiontracker.testing.KafkaBrokerResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The kit's SQL function {@code partial_date_last_day} and {@link PartialDate#lastDay()} are one rule. */
@QuarkusTest
@WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = KafkaBrokerResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = HttpPortResource.class, scope = TestResourceScope.GLOBAL)
class PartialDateSqlTests {

    @Inject
    EntityManager entityManager;

    @ParameterizedTest
    @ValueSource(strings = { "2025", "2024", "0001", "9999", "2025-02", "2024-02", "2025-12", "2025-01", "2025-04",
            "2025-02-14", "2024-02-29", "0001-01-01", "9999-12-31" })
    void theDatabaseCountsAPartialDateFromTheSameDayAsJava(String text) {
        LocalDate inSql = QuarkusTransaction.requiringNew().call(() -> (LocalDate) entityManager
                .createNativeQuery("select partial_date_last_day(?1)", LocalDate.class).setParameter(1, text).getSingleResult());
        assertEquals(PartialDate.parse(text).lastDay(), inSql, text);
    }
}
