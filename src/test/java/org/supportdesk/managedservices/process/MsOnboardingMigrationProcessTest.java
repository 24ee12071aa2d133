package org.supportdesk.managedservices.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.supportdesk.managedservices.process.OnboardingSteps.completeStep;
import static org.supportdesk.managedservices.process.OnboardingSteps.historicVariable;
import static org.supportdesk.managedservices.process.OnboardingSteps.startOnboarding;
import static org.supportdesk.managedservices.process.OnboardingSteps.values;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;

/**
 * Every path of ms-onboarding-migration.bpmn: migrated at the first attempt, a failed test migration, a cutover
 * window that does not end after it starts, and a cutover that does not verify and is rolled back. Each step is
 * completed through its deployed form's fields; the progress listener is a recorder.
 */
@Deployment(resources = {"processes/ms-onboarding-migration.bpmn",
        "processes/forms/ms-onboarding-migration-inventory.form", "processes/forms/ms-onboarding-migration-plan.form",
        "processes/forms/ms-onboarding-migration-test.form", "processes/forms/ms-onboarding-migration-window.form",
        "processes/forms/ms-onboarding-migration-cutover.form",
        "processes/forms/ms-onboarding-migration-verification.form",
        "processes/forms/ms-onboarding-migration-rollback.form",
        "processes/forms/ms-onboarding-migration-handover.form"})
class MsOnboardingMigrationProcessTest extends RecordedOnboardingTest {

    @Test
    void systemsMigratedAtTheFirstAttemptAreHandedOver() {
        ProcessInstance onboarding = start("MS-100011");
        inventoryAndPlan(onboarding);
        completeStep(onboarding, "UserTask_TestMigration", "ms-onboarding-migration-test", values(
                "testPassed", true, "stepNotes", "Copy migrated in 3 hours."));

        agreeWindow(onboarding, "2030-05-10T01:00+03:00", "2030-05-10T05:00+03:00");
        assertThat(onboarding).isWaitingAt("UserTask_Cutover");
        org.assertj.core.api.Assertions.assertThat(task(onboarding).getDueDate())
                .as("the cutover is due at the end of its window").isEqualTo(instant("2030-05-10T05:00+03:00"));
        completeStep(onboarding, "UserTask_Cutover", "ms-onboarding-migration-cutover", values(
                "stepNotes", "Switched over at 03:40."));
        completeStep(onboarding, "UserTask_Verification", "ms-onboarding-migration-verification", values(
                "verified", true));
        completeStep(onboarding, "UserTask_Handover", "ms-onboarding-migration-handover", values());

        assertThat(onboarding).hasPassedInOrder("StartEvent_OnboardingStarted", "UserTask_Inventory",
                        "UserTask_MigrationPlan", "UserTask_TestMigration", "Gateway_TestPassed",
                        "UserTask_AgreeCutoverWindow", "Gateway_WindowValid", "UserTask_Cutover",
                        "UserTask_Verification", "Gateway_Verified", "UserTask_Handover", "EndEvent_MigrationCompleted")
                .hasNotPassed("UserTask_RollBack")
                .isEnded();
        org.assertj.core.api.Assertions.assertThat(completedSteps).containsExactly("UserTask_Inventory",
                "UserTask_MigrationPlan", "UserTask_TestMigration", "UserTask_AgreeCutoverWindow", "UserTask_Cutover",
                "UserTask_Verification", "UserTask_Handover");
        org.assertj.core.api.Assertions.assertThat(recordedNotes).containsExactly("12 VMs, 2 databases.", null,
                "Copy migrated in 3 hours.", null, "Switched over at 03:40.", null, null);
        org.assertj.core.api.Assertions.assertThat(historicVariable(onboarding, "systemsCount")).isEqualTo(14);
        org.assertj.core.api.Assertions.assertThat(historicVariable(onboarding, "cutoverEnd"))
                .isEqualTo("2030-05-10T05:00+03:00");
    }

    @Test
    void failedTestMigrationSendsThePlanBackForRework() {
        ProcessInstance onboarding = start("MS-100012");
        inventoryAndPlan(onboarding);

        completeStep(onboarding, "UserTask_TestMigration", "ms-onboarding-migration-test", values(
                "testPassed", false, "stepNotes", "The database dump does not fit into the target volume."));

        assertThat(onboarding).isWaitingAt("UserTask_MigrationPlan");
        Map<String, Object> shown = formService().getTaskFormVariables(task(onboarding).getId());
        org.assertj.core.api.Assertions.assertThat(shown)
                .containsEntry("testNotes", "The database dump does not fit into the target volume.")
                .containsEntry("planReference", "migration-plan-v1.xlsx");
        org.assertj.core.api.Assertions.assertThat(shown.get("stepNotes")).isNull();

        completeStep(onboarding, "UserTask_MigrationPlan", "ms-onboarding-migration-plan", values(
                "planReference", "migration-plan-v2.xlsx", "stepNotes", "Larger target volume."));
        completeStep(onboarding, "UserTask_TestMigration", "ms-onboarding-migration-test", values("testPassed", true));

        assertThat(onboarding).isWaitingAt("UserTask_AgreeCutoverWindow");
        org.assertj.core.api.Assertions.assertThat(completedSteps).containsExactly("UserTask_Inventory",
                "UserTask_MigrationPlan", "UserTask_TestMigration", "UserTask_MigrationPlan",
                "UserTask_TestMigration");
        org.assertj.core.api.Assertions.assertThat(recordedNotes).containsExactly("12 VMs, 2 databases.", null,
                "The database dump does not fit into the target volume.", "Larger target volume.", null);
    }

    @Test
    void windowThatDoesNotEndAfterItStartsIsAgreedAgain() {
        ProcessInstance onboarding = start("MS-100013");
        inventoryAndPlan(onboarding);
        completeStep(onboarding, "UserTask_TestMigration", "ms-onboarding-migration-test", values("testPassed", true));

        agreeWindow(onboarding, "2030-05-10T02:00+03:00", "2030-05-10T01:00+03:00");
        assertThat(onboarding).isWaitingAt("UserTask_AgreeCutoverWindow");

        // the same instant written in another offset is not after the start either
        agreeWindow(onboarding, "2030-05-10T02:00+03:00", "2030-05-09T23:00Z");
        assertThat(onboarding).isWaitingAt("UserTask_AgreeCutoverWindow");

        // later in time though earlier as text: the instants are compared, not the strings
        agreeWindow(onboarding, "2030-05-10T02:00+03:00", "2030-05-09T23:30Z");
        assertThat(onboarding).isWaitingAt("UserTask_Cutover");
        org.assertj.core.api.Assertions.assertThat(task(onboarding).getDueDate())
                .isEqualTo(instant("2030-05-10T02:30+03:00"));
        org.assertj.core.api.Assertions.assertThat(completedSteps).containsExactly("UserTask_Inventory",
                "UserTask_MigrationPlan", "UserTask_TestMigration", "UserTask_AgreeCutoverWindow",
                "UserTask_AgreeCutoverWindow", "UserTask_AgreeCutoverWindow");
    }

    @Test
    void cutoverThatDoesNotVerifyIsRolledBackAndANewWindowAgreed() {
        ProcessInstance onboarding = start("MS-100014");
        inventoryAndPlan(onboarding);
        completeStep(onboarding, "UserTask_TestMigration", "ms-onboarding-migration-test", values("testPassed", true));
        agreeWindow(onboarding, "2030-06-01T00:00+03:00", "2030-06-01T04:00+03:00");
        completeStep(onboarding, "UserTask_Cutover", "ms-onboarding-migration-cutover", values());

        completeStep(onboarding, "UserTask_Verification", "ms-onboarding-migration-verification", values(
                "verified", false, "stepNotes", "Payments fail: the new load balancer drops client certificates."));

        assertThat(onboarding).isWaitingAt("UserTask_RollBack");
        org.assertj.core.api.Assertions.assertThat(formService().getTaskFormVariables(task(onboarding).getId()))
                .containsEntry("verificationNotes", "Payments fail: the new load balancer drops client certificates.");
        completeStep(onboarding, "UserTask_RollBack", "ms-onboarding-migration-rollback", values(
                "stepNotes", "Traffic back on the old site at 05:10."));

        assertThat(onboarding).isWaitingAt("UserTask_AgreeCutoverWindow");
        org.assertj.core.api.Assertions.assertThat(formService().getTaskFormVariables(task(onboarding).getId()))
                .containsEntry("verificationNotes", "Payments fail: the new load balancer drops client certificates.");
        agreeWindow(onboarding, "2030-06-08T00:00+03:00", "2030-06-08T04:00+03:00");
        org.assertj.core.api.Assertions.assertThat(task(onboarding).getDueDate())
                .isEqualTo(instant("2030-06-08T04:00+03:00"));
        completeStep(onboarding, "UserTask_Cutover", "ms-onboarding-migration-cutover", values());
        completeStep(onboarding, "UserTask_Verification", "ms-onboarding-migration-verification", values(
                "verified", true));
        completeStep(onboarding, "UserTask_Handover", "ms-onboarding-migration-handover", values());

        assertThat(onboarding).hasPassedInOrder("UserTask_Verification", "UserTask_RollBack",
                        "UserTask_AgreeCutoverWindow", "UserTask_Cutover", "UserTask_Verification", "UserTask_Handover")
                .isEnded();
        org.assertj.core.api.Assertions.assertThat(completedSteps).containsExactly("UserTask_Inventory",
                "UserTask_MigrationPlan", "UserTask_TestMigration", "UserTask_AgreeCutoverWindow", "UserTask_Cutover",
                "UserTask_Verification", "UserTask_RollBack", "UserTask_AgreeCutoverWindow", "UserTask_Cutover",
                "UserTask_Verification", "UserTask_Handover");
    }

    private static void inventoryAndPlan(ProcessInstance onboarding) {
        completeStep(onboarding, "UserTask_Inventory", "ms-onboarding-migration-inventory", values(
                "systemsCount", 14, "inventoryReference", "https://files.example/inventory.xlsx",
                "stepNotes", "12 VMs, 2 databases."));
        completeStep(onboarding, "UserTask_MigrationPlan", "ms-onboarding-migration-plan", values(
                "planReference", "migration-plan-v1.xlsx"));
    }

    private static void agreeWindow(ProcessInstance onboarding, String start, String end) {
        completeStep(onboarding, "UserTask_AgreeCutoverWindow", "ms-onboarding-migration-window", values(
                "cutoverStart", start, "cutoverEnd", end));
    }

    private static Date instant(String isoOffsetDateTime) {
        return Date.from(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }

    private static ProcessInstance start(String requestNumber) {
        return startOnboarding("ms-onboarding-migration", requestNumber);
    }
}
