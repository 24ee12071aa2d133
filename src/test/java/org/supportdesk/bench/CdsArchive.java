package org.supportdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Spring Boot's class data sharing recipe, as the Dockerfile applies it: extract the jar, start
 * it once until the context is refreshed, keep the loaded classes in an archive for later starts.
 */
final class CdsArchive {

    private CdsArchive() {
    }

    /** Returns the extracted application jar (its libraries beside it in lib/). */
    static Path extract(Path jar, Path destination) throws IOException, InterruptedException {
        run(List.of(java(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
                destination.toAbsolutePath().toString()), destination.getParent(), destination.resolveSibling(
                "extract.log"), Map.of());
        return destination.resolve(jar.getFileName());
    }

    static Path train(Path extractedJar, Path workDirectory, Path log, Map<String, String> environment)
            throws IOException, InterruptedException {
        Files.createDirectories(workDirectory);
        Path archive = extractedJar.resolveSibling("application.jsa");
        run(List.of(java(), "-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath(), "-Dspring.context.exit=onRefresh",
                "-jar", extractedJar.toAbsolutePath().toString(), "--server.port=0"), workDirectory, log, environment);
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the training start wrote no archive; see " + log);
        }
        return archive;
    }

    private static void run(List<String> command, Path directory, Path log, Map<String, String> environment)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
