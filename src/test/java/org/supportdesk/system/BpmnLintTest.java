package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * bpmnlint with our rule set (ops/model-lint/.bpmnlintrc: the recommended rules and Camunda 7.24's)
 * passes on every model of processes/ and fails on the seeded bad model. The build installs the
 * linter ({@code npm install} in ops/model-lint) before the tests and lints processes/ itself too.
 */
class BpmnLintTest {

    private static final Path LINT = Path.of("ops/model-lint");
    private static final Path BPMNLINT = LINT.resolve("node_modules/.bin/bpmnlint");

    record Result(int exitCode, String output) {
    }

    @Test
    void everyProcessModelPasses() throws Exception {
        List<String> files = new ArrayList<>();
        for (Path model : ProcessModelChecks.models()) {
            if (model.toString().endsWith(".bpmn")) {
                files.add(model.toAbsolutePath().toString());
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);

        Result result = lint(files);

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).doesNotContain(" error ");
    }

    @Test
    void seededBadModelFails() throws Exception {
        Result result = lint(List.of(Path.of("src/test/resources/model-checks/bad-model.bpmn").toAbsolutePath()
                .toString()));

        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains("no-bpmndi", "label-required", "no-disconnected",
                "camunda-compat/history-time-to-live");
    }

    private static Result lint(List<String> files) throws IOException, InterruptedException {
        assertThat(BPMNLINT).as("bpmnlint is installed by the build (npm install in %s)", LINT).exists();
        List<String> command = new ArrayList<>(List.of(BPMNLINT.toAbsolutePath().toString(), "--config",
                ".bpmnlintrc"));
        command.addAll(files);
        Process process = new ProcessBuilder(command).directory(LINT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("bpmnlint ends").isTrue();
        return new Result(process.exitValue(), output);
    }
}
