package org.supportdesk.managedservices.process;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An onboarding process test whose progress listener is a recorder; every path of the model must be covered. */
abstract class RecordedOnboardingTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    /** Task definition keys in the order the progress listener saw them completed. */
    final List<String> completedSteps = new ArrayList<>();
    /** The step notes the listener saw, in the same order. */
    final List<Object> recordedNotes = new ArrayList<>();

    @BeforeEach
    void registerListener() {
        Mocks.register("onboardingStepListener", (TaskListener) task -> {
            completedSteps.add(task.getTaskDefinitionKey());
            recordedNotes.add(task.getVariable("stepNotes"));
        });
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }
}
