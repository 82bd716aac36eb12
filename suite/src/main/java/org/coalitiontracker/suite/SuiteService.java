package org.coalitiontracker.suite;

/** The three services, with the port and database each uses by default. */
public enum SuiteService {

    COUNTRIES("countries-service", 8082, "countries"),
    EVENTS("events-service", 8081, "events"),
    COMMITMENTS("commitments-service", 8083, "commitments");

    private final String module;
    private final int defaultPort;
    private final String database;

    SuiteService(String module, int defaultPort, String database) {
        this.module = module;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public int defaultPort() {
        return defaultPort;
    }

    public String database() {
        return database;
    }

    /** The setting that chooses this service's port in the local suite. */
    public String portVariable() {
        return "SUITE_" + database.toUpperCase() + "_PORT";
    }

    /** The name of the setting that tells the other services where this one answers. */
    public String ownerUrlVariable() {
        return "COALITION_OWNERS_" + database.toUpperCase() + "_URL";
    }
}
