package org.coalitiontracker.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.SQLException;
import java.util.List;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class ProblemExceptionMappersTests {

    private final ProblemExceptionMappers mappers = new ProblemExceptionMappers();

    @Test
    void aDatabaseOutOfReachIsA503WithRetryAfter() {
        List<Throwable> failures = List.of(
                new PersistenceException(new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("Connection refused", "08001"))),
                new PersistenceException(new SQLException("An I/O error occurred while sending to the backend", "08006")),
                new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")),
                new RuntimeException(new SQLException("the database system is starting up", "57P03")),
                new RuntimeException(new SQLException("Sorry, acquisition timeout!")));
        for (Throwable failure : failures) {
            Response response = mappers.anythingElse(failure, null);
            assertEquals(503, response.getStatus(), failure.getCause().getMessage());
            assertEquals(ProblemResponses.RETRY_AFTER_SECONDS, response.getHeaderString("Retry-After"));
            assertEquals(ProblemType.SERVICE_UNAVAILABLE.typeUri(), ((Problem) response.getEntity()).type());
        }
    }

    @Test
    void otherDatabaseFailuresStayInternalErrors() {
        for (SQLException failure : List.of(new SQLException("division by zero", "22012"), new SQLException("no state at all"))) {
            Response response = mappers.anythingElse(new PersistenceException(failure), null);
            assertEquals(500, response.getStatus(), failure.getMessage());
            assertNull(response.getHeaderString("Retry-After"));
        }
    }
}
