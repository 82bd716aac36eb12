package org.coalitiontracker.suite.demo;

/**
 * The demo data could not be loaded: a service refused a record (the message carries its answer,
 * problem body included) or could not be reached.
 */
public class DemoLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DemoLoadException(String message) {
        super(message);
    }

    public DemoLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
