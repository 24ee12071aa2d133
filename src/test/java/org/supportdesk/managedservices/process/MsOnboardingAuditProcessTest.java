package org.supportdesk.managedservices.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
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
 * Every path of ms-onboarding-audit.bpmn: the report accepted at the first review, and a report that goes back
 * for rework. Each step is completed through its deployed form's fields; the progress listener is a recorder.
 */
@Deployment(resources = {"processes/ms-onboarding-audit.bpmn", "processes/forms/ms-onboarding-audit-kickoff.form",
        "processes/forms/ms-onboarding-audit-assessment.form", "processes/forms/ms-onboarding-audit-report.form",
        "processes/forms/ms-onboarding-audit-review.form"})
class MsOnboardingAuditProcessTest extends RecordedOnboardingTest {

    @Test
    void reportAcceptedAtTheFirstReviewCompletesTheAudit() {
        ProcessInstance onboarding = start("MS-100001");
        org.assertj.core.api.Assertions.assertThat(formService().getTaskFormVariables(task(onboarding).getId()))
                .containsEntry("requestNumber", "MS-100001")
                .doesNotContainKeys("company", "contactName", "contactEmail", "language");

        completeStep(onboarding, "UserTask_KickOffMeeting", "ms-onboarding-audit-kickoff", values(
                "meetingDate", "2030-03-04", "participants", "Anna Petrova (CTO), Ivan Orlov (our architect)",
                "stepNotes", "Kick-off held online; VPN access promised by Friday."));
        // notes belong to their step: the next one starts empty and nothing is left in the process
        org.assertj.core.api.Assertions.assertThat(formService().getTaskFormVariables(task(onboarding).getId())
                .get("stepNotes")).isNull();
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(onboarding.getId()))
                .doesNotContainKey("stepNotes");

        completeStep(onboarding, "UserTask_Assessment", "ms-onboarding-audit-assessment", values(
                "findingsSummary", "No backups of the billing database; single-node Kafka."));
        completeStep(onboarding, "UserTask_AuditReport", "ms-onboarding-audit-report", values(
                "reportReference", "https://files.example/MS-100001/audit-v1.pdf"));
        completeStep(onboarding, "UserTask_ReportReview", "ms-onboarding-audit-review", values(
                "reviewAccepted", true, "stepNotes", "Accepted without remarks."));

        assertThat(onboarding).hasPassedInOrder("StartEvent_OnboardingStarted", "UserTask_KickOffMeeting",
                        "UserTask_Assessment", "UserTask_AuditReport", "UserTask_ReportReview",
                        "Gateway_ReportAccepted", "EndEvent_AuditCompleted")
                .isEnded();
        org.assertj.core.api.Assertions.assertThat(completedSteps).containsExactly("UserTask_KickOffMeeting",
                "UserTask_Assessment", "UserTask_AuditReport", "UserTask_ReportReview");
        org.assertj.core.api.Assertions.assertThat(recordedNotes).containsExactly(
                "Kick-off held online; VPN access promised by Friday.", null, null, "Accepted without remarks.");
        org.assertj.core.api.Assertions.assertThat(historicVariable(onboarding, "meetingDate")).isEqualTo("2030-03-04");
        org.assertj.core.api.Assertions.assertThat(historicVariable(onboarding, "reportReference"))
                .isEqualTo("https://files.example/MS-100001/audit-v1.pdf");
    }

    @Test
    void reportTheCustomerDoesNotAcceptGoesBackForRework() {
        ProcessInstance onboarding = start("MS-100002");
        completeStep(onboarding, "UserTask_KickOffMeeting", "ms-onboarding-audit-kickoff", values(
                "meetingDate", "2030-03-05", "participants", "Boris Lee, Olga Kim"));
        completeStep(onboarding, "UserTask_Assessment", "ms-onboarding-audit-assessment", values(
                "findingsSummary", "Firewall rules undocumented."));
        completeStep(onboarding, "UserTask_AuditReport", "ms-onboarding-audit-report", values(
                "reportReference", "audit-MS-100002-v1.docx"));

        completeStep(onboarding, "UserTask_ReportReview", "ms-onboarding-audit-review", values(
                "reviewAccepted", false, "stepNotes", "Add the network segmentation findings."));

        assertThat(onboarding).isWaitingAt("UserTask_AuditReport");
        Map<String, Object> shown = formService().getTaskFormVariables(task(onboarding).getId());
        org.assertj.core.api.Assertions.assertThat(shown)
                .containsEntry("reviewNotes", "Add the network segmentation findings.")
                .containsEntry("reportReference", "audit-MS-100002-v1.docx");
        org.assertj.core.api.Assertions.assertThat(shown.get("stepNotes")).isNull();

        completeStep(onboarding, "UserTask_AuditReport", "ms-onboarding-audit-report", values(
                "reportReference", "audit-MS-100002-v2.docx", "stepNotes", "Network section added."));
        assertThat(onboarding).isWaitingAt("UserTask_ReportReview");
        completeStep(onboarding, "UserTask_ReportReview", "ms-onboarding-audit-review", values("reviewAccepted", true));

        assertThat(onboarding).hasPassed("EndEvent_AuditCompleted").isEnded();
        org.assertj.core.api.Assertions.assertThat(completedSteps).containsExactly("UserTask_KickOffMeeting",
                "UserTask_Assessment", "UserTask_AuditReport", "UserTask_ReportReview", "UserTask_AuditReport",
                "UserTask_ReportReview");
        org.assertj.core.api.Assertions.assertThat(recordedNotes).containsExactly(null, null, null,
                "Add the network segmentation findings.", "Network section added.", null);
        org.assertj.core.api.Assertions.assertThat(historicVariable(onboarding, "reportReference"))
                .isEqualTo("audit-MS-100002-v2.docx");
    }

    private static ProcessInstance start(String requestNumber) {
        return startOnboarding("ms-onboarding-audit", requestNumber);
    }
}
