package org.supportdesk.managedservices.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.supportdesk.managedservices.process.OnboardingSteps.completeStep;
import static org.supportdesk.managedservices.process.OnboardingSteps.historicVariable;
import static org.supportdesk.managedservices.process.OnboardingSteps.startOnboarding;
import static org.supportdesk.managedservices.process.OnboardingSteps.values;


import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * The one path of ms-onboarding-operations.bpmn: access and runbooks, monitoring, on-call activation. Each step is
 * completed through its deployed form's fields; the progress listener is a recorder.
 */
@Deployment(resources = {"processes/ms-onboarding-operations.bpmn",
        "processes/forms/ms-onboarding-operations-access.form",
        "processes/forms/ms-onboarding-operations-monitoring.form",
        "processes/forms/ms-onboarding-operations-oncall.form"})
class MsOnboardingOperationsProcessTest extends RecordedOnboardingTest {

    @Test
    void operationsGoLiveAfterAccessMonitoringAndOnCall() {
        ProcessInstance onboarding = start("MS-100031");
        org.assertj.core.api.Assertions.assertThat(formService().getTaskFormVariables(task(onboarding).getId()))
                .containsEntry("requestNumber", "MS-100031").doesNotContainKey("language");

        completeStep(onboarding, "UserTask_AccessAndRunbooks", "ms-onboarding-operations-access", values(
                "accessGranted", true, "stepNotes", "Bastion access for the on-call group; 9 runbooks."));
        org.assertj.core.api.Assertions.assertThat(formService().getTaskFormVariables(task(onboarding).getId())
                .get("stepNotes")).as("the next step starts with empty notes").isNull();
        completeStep(onboarding, "UserTask_MonitoringSetup", "ms-onboarding-operations-monitoring", values(
                "dashboardUrl", "https://grafana.example/d/northwind"));
        completeStep(onboarding, "UserTask_OnCallActivation", "ms-onboarding-operations-oncall", values(
                "onCallStart", "2030-07-01", "stepNotes", "Customer has the duty phone number."));

        assertThat(onboarding).hasPassedInOrder("StartEvent_OnboardingStarted", "UserTask_AccessAndRunbooks",
                        "UserTask_MonitoringSetup", "UserTask_OnCallActivation", "EndEvent_OperationsActive")
                .isEnded();
        org.assertj.core.api.Assertions.assertThat(completedSteps).containsExactly("UserTask_AccessAndRunbooks",
                "UserTask_MonitoringSetup", "UserTask_OnCallActivation");
        org.assertj.core.api.Assertions.assertThat(recordedNotes).containsExactly(
                "Bastion access for the on-call group; 9 runbooks.", null, "Customer has the duty phone number.");
        org.assertj.core.api.Assertions.assertThat(historicVariable(onboarding, "accessGranted")).isEqualTo(true);
        org.assertj.core.api.Assertions.assertThat(historicVariable(onboarding, "dashboardUrl"))
                .isEqualTo("https://grafana.example/d/northwind");
        org.assertj.core.api.Assertions.assertThat(historicVariable(onboarding, "onCallStart")).isEqualTo("2030-07-01");
    }

    private static ProcessInstance start(String requestNumber) {
        return startOnboarding("ms-onboarding-operations", requestNumber);
    }
}
