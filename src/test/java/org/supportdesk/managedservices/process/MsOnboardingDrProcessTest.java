package org.supportdesk.managedservices.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.supportdesk.managedservices.process.OnboardingSteps.completeStep;
import static org.supportdesk.managedservices.process.OnboardingSteps.historicVariable;
import static org.supportdesk.managedservices.process.OnboardingSteps.startOnboarding;
import static org.supportdesk.managedservices.process.OnboardingSteps.values;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * Every path of ms-onboarding-dr.bpmn: a DR drill that passes at once, and a failed drill whose findings are fixed
 * before it is repeated. Each step is completed through its deployed form's fields; the progress listener is a
 * recorder.
 */
@Deployment(resources = {"processes/ms-onboarding-dr.bpmn", "processes/forms/ms-onboarding-dr-objectives.form",
        "processes/forms/ms-onboarding-dr-backups.form", "processes/forms/ms-onboarding-dr-ha.form",
        "processes/forms/ms-onboarding-dr-drill.form", "processes/forms/ms-onboarding-dr-fix.form",
        "processes/forms/ms-onboarding-dr-handover.form"})
class MsOnboardingDrProcessTest extends RecordedOnboardingTest {

    @Test
    void passedDrillIsHandedOver() {
        ProcessInstance onboarding = start("MS-100021");
        configure(onboarding);

        completeStep(onboarding, "UserTask_DrDrill", "ms-onboarding-dr-drill", values("drillResult", "PASSED",
                "drillMeasuredRtoMinutes", 42, "drillReport", "Failover to the second site in 42 minutes, no data lost."));
        completeStep(onboarding, "UserTask_Handover", "ms-onboarding-dr-handover", values(
                "stepNotes", "Recovery procedure sent to the customer."));

        assertThat(onboarding).hasPassedInOrder("StartEvent_OnboardingStarted", "UserTask_AgreeRpoRto",
                        "UserTask_ConfigureBackups", "UserTask_ConfigureHa", "UserTask_DrDrill", "Gateway_DrillResult",
                        "UserTask_Handover", "EndEvent_DrCompleted")
                .hasNotPassed("UserTask_FixDrFindings")
                .isEnded();
        org.assertj.core.api.Assertions.assertThat(completedSteps).containsExactly("UserTask_AgreeRpoRto",
                "UserTask_ConfigureBackups", "UserTask_ConfigureHa", "UserTask_DrDrill", "UserTask_Handover");
        org.assertj.core.api.Assertions.assertThat(recordedNotes).containsExactly("Agreed with the CIO.", null,
                "Streaming replica in the second data centre.", null, "Recovery procedure sent to the customer.");
        org.assertj.core.api.Assertions.assertThat(historicVariable(onboarding, "rpoMinutes")).isEqualTo(15);
        org.assertj.core.api.Assertions.assertThat(historicVariable(onboarding, "rtoMinutes")).isEqualTo(60);
        org.assertj.core.api.Assertions.assertThat(historicVariable(onboarding, "drillResult")).isEqualTo("PASSED");
    }

    @Test
    void failedDrillHasItsFindingsFixedAndIsRepeated() {
        ProcessInstance onboarding = start("MS-100022");
        configure(onboarding);

        completeStep(onboarding, "UserTask_DrDrill", "ms-onboarding-dr-drill", values("drillResult", "FAILED",
                "drillMeasuredRtoMinutes", 95, "drillReport", "DNS TTL of one hour kept clients on the failed site."));

        assertThat(onboarding).isWaitingAt("UserTask_FixDrFindings");
        Map<String, Object> shown = formService().getTaskFormVariables(task(onboarding).getId());
        org.assertj.core.api.Assertions.assertThat(shown)
                .containsEntry("drillReport", "DNS TTL of one hour kept clients on the failed site.")
                .containsEntry("drillMeasuredRtoMinutes", 95).containsEntry("rtoMinutes", 60);
        completeStep(onboarding, "UserTask_FixDrFindings", "ms-onboarding-dr-fix", values(
                "stepNotes", "DNS TTL lowered to 60 seconds."));

        assertThat(onboarding).isWaitingAt("UserTask_DrDrill");
        completeStep(onboarding, "UserTask_DrDrill", "ms-onboarding-dr-drill", values("drillResult", "PASSED",
                "drillMeasuredRtoMinutes", 38, "drillReport", "Failover in 38 minutes."));
        completeStep(onboarding, "UserTask_Handover", "ms-onboarding-dr-handover", values());

        assertThat(onboarding).hasPassedInOrder("UserTask_DrDrill", "UserTask_FixDrFindings", "UserTask_DrDrill",
                        "UserTask_Handover", "EndEvent_DrCompleted")
                .isEnded();
        org.assertj.core.api.Assertions.assertThat(completedSteps).containsExactly("UserTask_AgreeRpoRto",
                "UserTask_ConfigureBackups", "UserTask_ConfigureHa", "UserTask_DrDrill", "UserTask_FixDrFindings",
                "UserTask_DrDrill", "UserTask_Handover");
        org.assertj.core.api.Assertions.assertThat(recordedNotes).containsExactly("Agreed with the CIO.", null,
                "Streaming replica in the second data centre.", null, "DNS TTL lowered to 60 seconds.", null, null);
        org.assertj.core.api.Assertions.assertThat(historicVariable(onboarding, "drillMeasuredRtoMinutes"))
                .isEqualTo(38);
    }

    private static void configure(ProcessInstance onboarding) {
        completeStep(onboarding, "UserTask_AgreeRpoRto", "ms-onboarding-dr-objectives", values(
                "rpoMinutes", 15, "rtoMinutes", 60, "stepNotes", "Agreed with the CIO."));
        completeStep(onboarding, "UserTask_ConfigureBackups", "ms-onboarding-dr-backups", values());
        completeStep(onboarding, "UserTask_ConfigureHa", "ms-onboarding-dr-ha", values(
                "stepNotes", "Streaming replica in the second data centre."));
    }

    private static ProcessInstance start(String requestNumber) {
        return startOnboarding("ms-onboarding-dr", requestNumber);
    }
}
