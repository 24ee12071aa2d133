package org.supportdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modelers' folder as the engine will need it: diagram interchange for every element, forms,
 * called processes, decisions and beans that exist. The seeded bad models show each check can fail.
 */
class ProcessModelChecksTest {

    private static ProcessModelChecks checks;

    @BeforeAll
    static void readTheApplication() throws Exception {
        checks = ProcessModelChecks.forApplication();
    }

    @Test
    void everyModelInProcessesPasses() throws Exception {
        List<Path> models = ProcessModelChecks.models();
        assertThat(models).hasSizeGreaterThanOrEqualTo(13);
        List<String> problems = new ArrayList<>();
        for (Path model : models) {
            problems.addAll(checks.check(model));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void seededBadProcessFailsEveryCheck() throws Exception {
        List<String> problems = checks.check(Path.of("src/test/resources/model-checks/bad-model.bpmn"));

        assertThat(problems).anyMatch(p -> p.contains("serviceTask Task_Missing has no diagram interchange"));
        assertThat(problems).anyMatch(p -> p.contains("StartEvent_Bad refers to form no-such-form"));
        assertThat(problems).anyMatch(p -> p.contains("delegates to ${noSuchDelegate}, which is no Spring bean"));
        assertThat(problems).anyMatch(p -> p.contains("calls noSuchService, which is no Spring bean"));
        assertThat(problems).hasSize(4);
    }

    @Test
    void seededBadDecisionLacksItsDiagram() throws Exception {
        assertThat(checks.check(Path.of("src/test/resources/model-checks/bad-decision.dmn")))
                .anyMatch(p -> p.contains("no DMN diagram interchange"))
                .anyMatch(p -> p.contains("decision bad-decision has no diagram shape"));
    }

    @Test
    void beansAreReadFromExpressionsButNotTheEngineOwnNames() throws Exception {
        assertThat(ProcessModelChecks.beansNamedIn(
                "${managedServicesProcess.request(execution.processBusinessKey).company()}"))
                .containsExactly("managedServicesProcess");
        assertThat(ProcessModelChecks.beansNamedIn("${dateTime().plusDays(1).toDate()}")).isEmpty();
        assertThat(ProcessModelChecks.beansNamedIn("${approval == 'a.b'}")).isEmpty();
        assertThat(ProcessModelChecks.springBeans()).contains("computeDeadlinesDelegate", "managedServicesSettings",
                "fourEyesListener");
    }
}
