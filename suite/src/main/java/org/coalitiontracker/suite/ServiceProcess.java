package org.coalitiontracker.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running as its own process, started from its packaged application
 * ({@code <module>/target/quarkus-app/quarkus-run.jar}) and configured only through the
 * standard environment variables, exactly as in production.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final String APPLICATION = "quarkus-run.jar";
    private static final String CDS_ARCHIVE = "app-cds.jsa";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final SuiteService service;
    private final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(SuiteService service, int port, Process process, Path log) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    public static ServiceProcess start(Path projectRoot, SuiteService service, int port, Map<String, String> environment, Path logDirectory) {
        Path directory = projectRoot.resolve(service.module()).resolve("target/quarkus-app");
        if (!Files.isRegularFile(directory.resolve(APPLICATION))) {
            throw new IllegalStateException(directory.resolve(APPLICATION) + " is missing: build the services first (./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions(directory));
        // Relative, from the application's folder: an AppCDS archive records the class path it
        // was made with (quarkus-run.jar and lib/boot/..., relative) and is ignored on any other.
        command.add("-jar");
        command.add(APPLICATION);
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve(service.module() + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            return new ServiceProcess(service, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service.module(), e);
        }
    }

    /**
     * The JVM options every service ships with (the same in deploy/kubernetes and the images'
     * entry points; benchmarks/startup-results.md has the measurements behind them).
     */
    static List<String> jvmOptions(Path applicationDirectory) {
        List<String> options = new ArrayList<>();
        // The heap fixed at its limit: a heap left to shrink while the service idles grows back
        // in the first burst after (an export's first round after five idle minutes grew the
        // RSS by 74 MiB and took twice the CPU; benchmarks/export-results.md). 128 MiB and the
        // serial collector: G1's own structures were 47 MiB of a loaded service's 438 MiB (NMT),
        // and after 60 s of GET one countries-service held 307 MiB instead of 427-438, at ready
        // 243 instead of 286-297, its requests/s not lower (one run each by hand at a load of 11-15,
        // not a quiet measurement: benchmarks/startup-results.md, Memory).
        options.add("-XX:+UseSerialGC");
        options.add("-Xms128m");
        options.add("-Xmx128m");
        // C1 and C2 compile after three times as many calls as by default: a start compiled
        // 6,900 methods in 4.8 s of its 6.5 s CPU (JFR), most of them run only while starting.
        // 15-33 % less start-up CPU; GET one was not slower after a 15 s warm-up (benchmarks/startup-results.md).
        options.add("-XX:CompileThresholdScaling=3");
        // glibc keeps what the JIT compilers and class loading freed; trimming every 5 s hands it
        // back: RSS 10 s after ready 221 MiB instead of 237, after 30 s of GET one 251 instead of
        // 273-275 (countries-service, by hand, benchmarks/startup-results.md). Only JDKs from
        // 17.0.9 and 21.0.1 know the option, and an older one would refuse to start with it.
        if (knowsTrimNativeHeap(Runtime.version())) {
            options.add("-XX:TrimNativeHeapInterval=5000");
        }
        // The class data the build archived (pom.xml, quarkus.package.jar.appcds.enabled); a
        // build without it starts as before.
        if (Files.isRegularFile(applicationDirectory.resolve(CDS_ARCHIVE))) {
            options.add("-XX:SharedArchiveFile=" + CDS_ARCHIVE);
        }
        return options;
    }

    /** Whether this JDK has {@code -XX:TrimNativeHeapInterval} (JDK-8293114: 22, backported to 21.0.1 and 17.0.9). */
    static boolean knowsTrimNativeHeap(Runtime.Version version) {
        return switch (version.feature()) {
            case 17 -> version.update() >= 9;
            case 18, 19, 20 -> false;
            case 21 -> version.update() >= 1;
            default -> version.feature() > 21;
        };
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public SuiteService service() {
        return service;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early if the process dies. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited with " + process.exitValue() + "; see " + log);
            }
            if (ready()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(service.module() + " was not ready within " + timeout + "; see " + log);
    }

    private boolean ready() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM, so Quarkus shuts down cleanly; SIGKILL if it has not after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Kills the process at once, as a crash would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
}
