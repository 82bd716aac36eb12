package org.coalitiontracker.compose;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the project's files are: the surefire configuration of this module passes the root. */
final class Project {

    private Project() {
    }

    static Path root() {
        String root = System.getProperty("project.root");
        Path path = root != null ? Path.of(root) : Path.of("..");
        path = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path.resolve("docker-compose.yml"))) {
            throw new IllegalStateException("No docker-compose.yml in " + path + " (system property project.root)");
        }
        return path;
    }

    static Path composeSchema() {
        String schema = System.getProperty("compose.schema");
        if (schema == null) {
            throw new IllegalStateException("System property compose.schema is not set: run the tests through Maven,"
                    + " which fetches the Compose Specification schema first (see this module's pom.xml)");
        }
        return Path.of(schema);
    }
}
