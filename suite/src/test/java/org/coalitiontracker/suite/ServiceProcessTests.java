package org.coalitiontracker.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The JVM options the services are started with, on whichever JDK 17+ runs the suite. */
class ServiceProcessTests {

    @Test
    void nativeHeapTrimmingIsAskedOnlyOfJdksThatKnowTheOption() {
        for (String version : List.of("17.0.9", "17.0.15+6", "21.0.1", "21.0.9+10", "22", "25.0.1")) {
            assertTrue(ServiceProcess.knowsTrimNativeHeap(Runtime.Version.parse(version)), version);
        }
        for (String version : List.of("17", "17.0.8", "18.0.2", "20.0.2", "21", "21+35")) {
            assertFalse(ServiceProcess.knowsTrimNativeHeap(Runtime.Version.parse(version)), version);
        }
    }

    @Test
    void thisJdkStartsWithEveryOptionTheServicesGet() throws Exception {
        List<String> options = ServiceProcess.jvmOptions(Path.of("no-such-folder"));
        assertEquals(ServiceProcess.knowsTrimNativeHeap(Runtime.version()), options.contains("-XX:TrimNativeHeapInterval=5000"), options.toString());
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.add("-version");
        Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());
        assertTrue(java.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, java.exitValue(), output);
    }
}
