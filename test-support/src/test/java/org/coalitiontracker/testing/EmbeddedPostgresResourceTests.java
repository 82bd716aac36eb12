package org.coalitiontracker.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EmbeddedPostgresResourceTests {

    @Test
    void startsARealPostgresServerThatAcceptsSql() throws Exception {
        EmbeddedPostgresResource resource = new EmbeddedPostgresResource();
        Map<String, String> config = resource.start();
        try (Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
                Statement statement = connection.createStatement()) {
            statement.execute("create table probe (id int primary key)");
            statement.execute("insert into probe values (7)");
            try (ResultSet rows = statement.executeQuery("select id, version() from probe")) {
                assertTrue(rows.next());
                assertEquals(7, rows.getInt(1));
                assertTrue(rows.getString(2).startsWith("PostgreSQL"));
            }
        } finally {
            resource.stop();
        }
    }
}
