package org.supportdesk.dependencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The libraries bundled inside the shipped jars, which the bill of materials cannot list, against
 * the inventory kept in the repository: after an upgrade the test names what came, went or changed
 * version, so the README's triage of them can follow. Refresh the inventory after reviewing:
 * {@code ./mvnw test -Dtest=BundledLibrariesTest -Dbundled.refresh=true}.
 */
class BundledLibrariesTest {

    static final Path INVENTORY = Path.of("ops/dependencies/bundled-libraries.txt");
    private static final Path RUNTIME_CLASSPATH = Path.of("target/runtime-classpath.txt");
    private static final String HEADER = """
            # Libraries bundled inside the jars the desk ships (README, Operations, "Dependency inventory").
            # <jar> maven|relocated|js <library> [<version>]; written by BundledLibrariesTest with -Dbundled.refresh=true
            """;

    @Test
    void theBundledLibrariesAreTheInventoriedOnes() throws IOException {
        assertThat(RUNTIME_CLASSPATH).as("written by the build (dependency:build-classpath); run the test through Maven")
                .exists();
        List<String> found = BundledLibraries.of(BundledLibraries.runtimeJars(RUNTIME_CLASSPATH));
        if (Boolean.getBoolean("bundled.refresh")) {
            Files.writeString(INVENTORY, HEADER + String.join("\n", found) + "\n");
        }
        List<String> inventory = Files.readAllLines(INVENTORY).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();

        List<String> added = new ArrayList<>(found);
        added.removeAll(inventory);
        List<String> gone = new ArrayList<>(inventory);
        gone.removeAll(found);
        assertThat(added).as("bundled now, not in %s (review, triage in the README, refresh)", INVENTORY).isEmpty();
        assertThat(gone).as("in %s, no longer bundled", INVENTORY).isEmpty();
    }

    @Test
    void readsEachKindOfBundledLibrary() throws IOException {
        List<String> found = BundledLibraries.of(BundledLibraries.runtimeJars(RUNTIME_CLASSPATH));

        assertThat(found).anyMatch(line -> line.matches("camunda-engine-\\S+ maven com\\.google\\.code\\.gson:gson \\S+"));
        assertThat(found).anyMatch(line -> line.matches("camunda-engine-\\S+ relocated com\\.google"));
        assertThat(found).anyMatch(line -> line.matches("camunda-webapp-webjar-\\S+ js jQuery_JavaScript_Library \\S+"));
        assertThat(found).anyMatch(line -> line.matches("camunda-webapp-webjar-\\S+ js angular \\S+"));
    }
}
