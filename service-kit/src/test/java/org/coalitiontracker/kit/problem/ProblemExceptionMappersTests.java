package org.coalitiontracker.kit.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.List;

import javax.transaction.xa.XAException;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class ProblemExceptionMappersTests {

    private final ProblemExceptionMappers mappers = new ProblemExceptionMappers();

    /** The ways a database that is down, restarting or out of reach shows up, as the driver, the pool and Hibernate report them. */
    private static List<Throwable> databaseOutOfReach() {
        // As PostgreSQL's driver reports its read timeout (socketTimeout) ending a wait for an answer: state 08006.
        SQLException readTimedOut = new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new SocketTimeoutException("Read timed out"));
        // A COMMIT whose answer never came, as Narayana and Agroal report it (seen in NetworkFaultTests):
        // a RollbackException with, suppressed, the XAException of Agroal's one-phase commit, caused
        // by the driver's read timeout; although PostgreSQL may well have committed it.
        XAException commitFailed = new XAException(XAException.XA_RBROLLBACK);
        commitFailed.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006", new SocketTimeoutException("Read timed out")));
        RollbackException commitCutOff = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commitCutOff.addSuppressed(commitFailed);
        return List.of(
                new RuntimeException("Error invoking subclass method", commitCutOff),
                new PersistenceException(new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("Connection refused", "08001"))),
                new PersistenceException(new SQLException("An I/O error occurred while sending to the backend", "08006")),
                new PersistenceException(new JDBCConnectionException("could not execute statement", readTimedOut)),
                new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")),
                new RuntimeException(new SQLException("the database system is starting up", "57P03")),
                new RuntimeException(new SQLException("Sorry, acquisition timeout!")));
    }

    @Test
    void aDatabaseOutOfReachIsA503WithRetryAfter() {
        for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
            for (Throwable failure : databaseOutOfReach()) {
                Response response = mappers.anythingElse(failure, null, request(method));
                assertEquals(503, response.getStatus(), method + " " + failure);
                assertEquals(ProblemResponses.RETRY_AFTER_SECONDS, response.getHeaderString("Retry-After"));
                assertEquals(ProblemType.SERVICE_UNAVAILABLE.typeUri(), ((Problem) response.getEntity()).type());
            }
        }
    }

    @Test
    void aReadIsToldToRetryAndAWriteThatItMayOrMayNotHaveBeenSaved() {
        for (Throwable failure : databaseOutOfReach()) {
            for (String method : List.of("GET", "HEAD")) {
                String detail = ((Problem) mappers.anythingElse(failure, null, request(method)).getEntity()).detail();
                assertEquals("The service cannot reach its database just now; retry in a few seconds.", detail, method);
            }
            for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                String detail = ((Problem) mappers.anythingElse(failure, null, request(method)).getEntity()).detail();
                // The connection may have gone after the COMMIT was sent: nobody knows whether it was saved.
                assertTrue(detail.contains("may or may not have been saved") && detail.contains("read the resource before sending the change again"),
                        method + ": " + detail);
            }
        }
    }

    @Test
    void otherDatabaseFailuresStayInternalErrors() {
        for (SQLException failure : List.of(new SQLException("division by zero", "22012"), new SQLException("no state at all"))) {
            Response response = mappers.anythingElse(new PersistenceException(failure), null, request("POST"));
            assertEquals(500, response.getStatus(), failure.getMessage());
            assertNull(response.getHeaderString("Retry-After"));
        }
    }

    /** A request of {@code method}: all the mapper asks of it. */
    private static Request request(String method) {
        return (Request) Proxy.newProxyInstance(Request.class.getClassLoader(), new Class<?>[] { Request.class }, (proxy, called, arguments) -> {
            if (called.getName().equals("getMethod")) {
                return method;
            }
            throw new UnsupportedOperationException(called.getName());
        });
    }
}
