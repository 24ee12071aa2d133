package org.supportdesk.appeal.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of appeal.bpmn. Delegates are replaced by recorders that set what the real ones set,
 * so the test is about routing; the real delegates run in the API integration tests. The priority
 * decision is the real one.
 */
@Deployment(resources = {"processes/appeal.bpmn", "processes/priority.dmn", "processes/forms/triage-appeal.form",
        "processes/forms/work-on-appeal.form", "processes/forms/contact-managed-services-customer.form",
        "processes/forms/handle-escalation.form"})
class AppealProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private final List<String> calls = new ArrayList<>();
    private String handling = "SUPPORT";
    private boolean newShiftLeadEscalation;
    private boolean newHeadEscalation;
    private final TestSlaClock slaClock = new TestSlaClock();

    /** The waiting times the customer-facing timers read. */
    public static class TestSlaSettings {
        public String getReminder() {
            return "PT24H";
        }

        public String getCloseAfterReminder() {
            return "P6D";
        }

        public String getConfirmation() {
            return "PT72H";
        }
    }

    /** Stands in for the SLA clock bean the watch's timer reads. */
    public static class TestSlaClock {
        Date next = new Date(System.currentTimeMillis() + 3_600_000);

        public Date nextEventAt(String appealNumber) {
            return next;
        }
    }

    @BeforeEach
    void registerDelegates() {
        Mocks.register("decideCompetencyDelegate", (JavaDelegate) execution -> {
            calls.add("decideCompetency");
            execution.setVariable(AppealVariables.HANDLING, handling);
            execution.setVariable(AppealVariables.IN_SCOPE, !"REJECT".equals(handling));
        });
        Mocks.register("computeDeadlinesDelegate", (JavaDelegate) execution -> {
            calls.add("computeDeadlines:" + execution.getVariable(AppealVariables.PRIORITY));
            execution.setVariable(AppealVariables.FIRST_RESPONSE_DUE_AT, new Date(System.currentTimeMillis() + 3_600_000));
            execution.setVariable(AppealVariables.RESOLUTION_DUE_AT, new Date(System.currentTimeMillis() + 7_200_000));
        });
        Mocks.register("recordTriageDelegate", (JavaDelegate) execution -> {
            calls.add("recordTriage");
            if ("ACCEPT".equals(execution.getVariable(AppealVariables.TRIAGE_DECISION))) {
                execution.setVariable(AppealVariables.TRIAGED, true);
            }
        });
        for (String name : List.of("acknowledgeAppeal", "askCustomer", "resumeSlaClock", "recordWork",
                "rejectAppeal", "handOverToSales", "resolveAppeal", "remindCustomer", "closeForSilence",
                "closeAppeal", "reopenAppeal")) {
            Mocks.register(name + "Delegate", (JavaDelegate) execution -> calls.add(name));
        }
        Mocks.register("pageDutyEngineerDelegate", (JavaDelegate) execution -> calls.add("pageDutyEngineer"));
        Mocks.register("handleDueSlaEventsDelegate", (JavaDelegate) execution -> {
            calls.add("handleDueSlaEvents");
            execution.setVariable(AppealVariables.NEW_SHIFT_LEAD_ESCALATION, newShiftLeadEscalation);
            execution.setVariable(AppealVariables.NEW_HEAD_ESCALATION, newHeadEscalation);
        });
        Mocks.register("slaClock", slaClock);
        // the real task-priority rule; it needs no engine service
        Mocks.register("appealProcess", new AppealProcess(null, null, null));
        Mocks.register("slaSettings", new TestSlaSettings());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void inScopeAppealIsTriagedWorkedAndResolved() {
        ProcessInstance appeal = start("SD-1", "HIGH", "HIGH");

        assertThat(appeal).isWaitingAt("UserTask_TriageAppeal").hasVariables("priority");
        assertThat(appeal).variables().containsEntry("priority", "CRITICAL");
        Task triage = task(appeal);
        org.assertj.core.api.Assertions.assertThat(taskService().getIdentityLinksForTask(triage.getId()))
                .anyMatch(link -> "support-l1".equals(link.getGroupId()));
        // due at the next deadline: the first answer while it is outstanding, which the follow-up date marks too
        Date firstAnswerDue = (Date) runtimeService().getVariable(appeal.getId(), AppealVariables.FIRST_RESPONSE_DUE_AT);
        org.assertj.core.api.Assertions.assertThat(triage.getDueDate()).isEqualTo(firstAnswerDue);
        org.assertj.core.api.Assertions.assertThat(triage.getFollowUpDate()).isEqualTo(firstAnswerDue);
        org.assertj.core.api.Assertions.assertThat(triage.getPriority()).isEqualTo(100);
        // nothing of the appeal is copied onto its tasks
        org.assertj.core.api.Assertions.assertThat(taskService().getVariablesLocal(triage.getId())).isEmpty();

        taskService().claim(triage.getId(), "agent");
        complete(triage, withVariables("triageDecision", "ACCEPT", "category", "RESOURCE_DIAGNOSTICS",
                "urgency", "LOW", "impact", "LOW"));

        assertThat(appeal).isWaitingAt("UserTask_WorkOnAppeal");
        assertThat(appeal).variables().containsEntry("priority", "LOW").containsEntry("workAssignee", "agent");
        org.assertj.core.api.Assertions.assertThat(task(appeal).getAssignee()).isEqualTo("agent");
        // the first answer given: the resolution is the next deadline, no follow-up
        runtimeService().setVariable(appeal.getId(), AppealVariables.FIRST_ANSWER_GIVEN, true);

        complete(task(appeal), withVariables("workOutcome", "RESOLVE", "reply", "Fixed: the disk is attached again."));
        assertThat(appeal).isWaitingAt("Gateway_AwaitConfirmation");
        runtimeService().createMessageCorrelation(AppealVariables.CUSTOMER_CONFIRMED_MESSAGE)
                .processInstanceBusinessKey("SD-1").correlate();

        assertThat(appeal).hasPassedInOrder("Task_DecideCompetency", "Task_DeterminePriority",
                        "Task_ComputeDeadlines", "Task_AcknowledgeAppeal", "UserTask_TriageAppeal", "Task_RecordTriage",
                        "Task_RedeterminePriority", "Task_RecomputeDeadlines", "UserTask_WorkOnAppeal",
                        "Task_RecordWork", "Task_ResolveAppeal", "Event_CustomerConfirmed", "Task_CloseAppeal")
                .isEnded();
        assertThat(appeal).hasPassed("EndEvent_Closed");
        org.assertj.core.api.Assertions.assertThat(calls)
                .containsSubsequence("computeDeadlines:CRITICAL", "acknowledgeAppeal", "recordTriage",
                        "computeDeadlines:LOW", "recordWork", "resolveAppeal", "closeAppeal");
    }

    @Test
    void outOfScopeAppealIsRejectedAtOnce() {
        handling = "REJECT";
        ProcessInstance appeal = start("SD-2", null, null);

        assertThat(appeal).hasPassedInOrder("Task_DecideCompetency", "Task_RejectAppeal", "EndEvent_Rejected")
                .hasNotPassed("Task_AcknowledgeAppeal")
                .isEnded();
    }

    @Test
    void managedServicesRequestGoesToSales() {
        handling = "SALES";
        ProcessInstance appeal = start("SD-3", null, null);

        assertThat(appeal).isWaitingAt("UserTask_ContactCustomer").task().hasCandidateGroup("sales");
        complete(task(appeal));

        assertThat(appeal).hasPassedInOrder("Task_HandOverToSales", "UserTask_ContactCustomer", "Task_CloseHandedOver",
                        "EndEvent_HandedOver")
                .hasNotPassed("UserTask_TriageAppeal", "Task_ResolveAppeal")
                .isEnded();
    }

    @Test
    void unclassifiedAppealWithoutUrgencyAndImpactIsMiddleUntilTriage() {
        handling = "TRIAGE";
        ProcessInstance appeal = start("SD-4", null, null);

        assertThat(appeal).isWaitingAt("UserTask_TriageAppeal");
        assertThat(appeal).variables().containsEntry("priority", "MIDDLE");
        org.assertj.core.api.Assertions.assertThat(task(appeal).getPriority()).isEqualTo(50);
    }

    @Test
    void managedServicesCustomerIsTriagedByTheManagedServicesTeam() {
        Map<String, Object> variables = variables(null, null);
        variables.put(AppealVariables.MANAGED_SERVICES_CUSTOMER, true);
        variables.put(AppealVariables.WORK_GROUP, "managed-services");
        ProcessInstance appeal = runtimeService().startProcessInstanceByKey("appeal", "SD-5", variables);

        assertThat(appeal).isWaitingAt("UserTask_TriageAppeal").task().hasCandidateGroup("managed-services");
    }

    @Test
    void triageMayRejectAsOutOfScope() {
        ProcessInstance appeal = start("SD-6", "LOW", "LOW");

        complete(task(appeal), withVariables("triageDecision", "REJECT", "category", "THIRD_PARTY_CONSULTING"));

        assertThat(appeal).hasPassedInOrder("UserTask_TriageAppeal", "Task_RecordTriage", "Task_RejectAppeal")
                .hasPassed("EndEvent_Rejected")
                .isEnded();
    }

    @Test
    void triageMayHandOverToSales() {
        ProcessInstance appeal = start("SD-7", "LOW", "LOW");

        complete(task(appeal), withVariables("triageDecision", "HAND_TO_SALES", "category", "MANAGED_SERVICES"));

        assertThat(appeal).hasPassed("Task_HandOverToSales").isWaitingAt("UserTask_ContactCustomer");
    }

    @Test
    void askingTheCustomerWaitsForTheReplyAndReturnsToWhereItWasAsked() {
        ProcessInstance appeal = start("SD-8", "MEDIUM", "MEDIUM");

        // at triage: login and project are missing
        complete(task(appeal), withVariables("triageDecision", "ASK_CUSTOMER", "reply", "Which project?"));
        assertThat(appeal).isWaitingAt("Gateway_WaitForCustomer");
        runtimeService().createMessageCorrelation(AppealVariables.CUSTOMER_REPLIED_MESSAGE)
                .processInstanceBusinessKey("SD-8").correlate();
        assertThat(appeal).hasPassed("Task_ResumeSlaClock").isWaitingAt("UserTask_TriageAppeal");

        complete(task(appeal), withVariables("triageDecision", "ACCEPT", "category", "TROUBLESHOOTING"));
        // a reply that keeps the appeal open
        complete(task(appeal), withVariables("workOutcome", "REPLY", "reply", "Try restarting the agent."));
        assertThat(appeal).isWaitingAt("UserTask_WorkOnAppeal");

        // during work: diagnostics are needed
        complete(task(appeal), withVariables("workOutcome", "ASK_CUSTOMER", "reply", "Please send the logs."));
        assertThat(appeal).isWaitingAt("Gateway_WaitForCustomer");
        runtimeService().createMessageCorrelation(AppealVariables.CUSTOMER_REPLIED_MESSAGE)
                .processInstanceBusinessKey("SD-8").correlate();
        assertThat(appeal).isWaitingAt("UserTask_WorkOnAppeal");

        complete(task(appeal), withVariables("workOutcome", "RESOLVE"));
        // no answer to "please confirm" for 72 hours: closed
        execute(timer(appeal, "Event_ConfirmationTimeout"));
        assertThat(appeal).hasPassed("Task_ResolveAppeal", "Task_CloseAppeal", "EndEvent_Closed").isEnded();
        org.assertj.core.api.Assertions.assertThat(calls.stream().filter("askCustomer"::equals)).hasSize(2);
        org.assertj.core.api.Assertions.assertThat(calls.stream().filter("resumeSlaClock"::equals)).hasSize(2);
    }

    @Test
    void criticalAppealPagesTheDutyEngineer() {
        ProcessInstance critical = start("SD-20", "HIGH", "HIGH");
        ProcessInstance low = start("SD-21", "LOW", "LOW");

        assertThat(critical).hasPassed("Task_PageDutyEngineer");
        assertThat(low).hasNotPassed("Task_PageDutyEngineer");
    }

    @Test
    void slaWatchWaitsForTheNextEventAndOpensStaffTasksForLevelsOneAndThree() {
        ProcessInstance appeal = start("SD-22", "MEDIUM", "MEDIUM");
        Job timer = watchTimer(appeal);
        org.assertj.core.api.Assertions.assertThat(timer.getDuedate()).isEqualTo(slaClock.next);

        // a warning only: no staff task, the watch goes on
        execute(timer);
        assertThat(appeal).hasPassed("Task_HandleDueSlaEvents", "EndEvent_NoStaffTask");
        org.assertj.core.api.Assertions.assertThat(watchTimer(appeal).getId()).isNotEqualTo(timer.getId());

        // first answer late: the shift lead gets a task
        newShiftLeadEscalation = true;
        execute(watchTimer(appeal));
        Task lead = taskService().createTaskQuery().processInstanceId(appeal.getId())
                .taskDefinitionKey("UserTask_HandleEscalation").singleResult();
        assertThat(lead).hasCandidateGroup("support-leads");
        complete(lead);
        assertThat(appeal).hasPassed("EndEvent_EscalationHandled");

        // overdue by half the window again: the head of support reviews
        newShiftLeadEscalation = false;
        newHeadEscalation = true;
        execute(watchTimer(appeal));
        Task head = taskService().createTaskQuery().processInstanceId(appeal.getId())
                .taskDefinitionKey("UserTask_ReviewOverdueAppeal").singleResult();
        assertThat(head).hasCandidateGroup("support-management");
        complete(head);
        assertThat(appeal).hasPassed("EndEvent_OverdueReviewed").isWaitingAt("UserTask_TriageAppeal");
    }

    @Test
    void newDeadlinesRescheduleTheWatchAndResolutionEndsIt() {
        ProcessInstance appeal = start("SD-23", "LOW", "LOW");
        Date later = new Date(System.currentTimeMillis() + 7_200_000);

        slaClock.next = later;
        complete(task(appeal), withVariables("triageDecision", "ACCEPT", "category", "BILLING",
                "urgency", "HIGH", "impact", "HIGH"));
        assertThat(appeal).hasPassed("Event_DeadlinesChangedAtTriage", "Event_DeadlinesChanged");
        org.assertj.core.api.Assertions.assertThat(watchTimer(appeal).getDuedate()).isEqualTo(later);

        complete(task(appeal), withVariables("workOutcome", "ASK_CUSTOMER", "reply", "Which invoice?"));
        Date afterReply = new Date(System.currentTimeMillis() + 9_000_000);
        slaClock.next = afterReply;
        runtimeService().createMessageCorrelation(AppealVariables.CUSTOMER_REPLIED_MESSAGE)
                .processInstanceBusinessKey("SD-23").correlate();
        assertThat(appeal).hasPassed("Event_DeadlinesChangedOnReply");
        org.assertj.core.api.Assertions.assertThat(watchTimer(appeal).getDuedate()).isEqualTo(afterReply);

        complete(task(appeal), withVariables("workOutcome", "RESOLVE"));

        // the customer writes again after the resolution: reopened, back to work, the watch woken
        Date afterReopen = new Date(System.currentTimeMillis() + 10_000_000);
        slaClock.next = afterReopen;
        runtimeService().createMessageCorrelation(AppealVariables.CUSTOMER_REPLIED_MESSAGE)
                .processInstanceBusinessKey("SD-23").correlate();
        assertThat(appeal).hasPassed("Task_ReopenAppeal", "Event_DeadlinesChangedOnReopen")
                .isWaitingAt("UserTask_WorkOnAppeal");
        org.assertj.core.api.Assertions.assertThat(watchTimer(appeal).getDuedate()).isEqualTo(afterReopen);

        complete(task(appeal), withVariables("workOutcome", "RESOLVE"));
        runtimeService().createMessageCorrelation(AppealVariables.CUSTOMER_CONFIRMED_MESSAGE)
                .processInstanceBusinessKey("SD-23").correlate();
        assertThat(appeal).isEnded();
        org.assertj.core.api.Assertions.assertThat(managementService().createJobQuery()
                .processInstanceId(appeal.getId()).count()).as("the watch ends with the appeal").isZero();
    }

    @Test
    void silentCustomerIsRemindedAndAnswersLate() {
        ProcessInstance appeal = start("SD-24", "LOW", "LOW");
        complete(task(appeal), withVariables("triageDecision", "ASK_CUSTOMER", "reply", "Your login, please?"));

        Job reminder = timer(appeal, "Event_ReminderDue");
        org.assertj.core.api.Assertions.assertThat(reminder.getDuedate()).isAfter(new Date(System.currentTimeMillis() + 23 * 3_600_000L));
        execute(reminder);
        assertThat(appeal).hasPassed("Task_RemindCustomer").isWaitingAt("Gateway_WaitAfterReminder");

        runtimeService().createMessageCorrelation(AppealVariables.CUSTOMER_REPLIED_MESSAGE)
                .processInstanceBusinessKey("SD-24").correlate();
        assertThat(appeal).hasPassed("Event_CustomerRepliedAfterReminder", "Task_ResumeSlaClock")
                .isWaitingAt("UserTask_TriageAppeal");
    }

    @Test
    void sevenDaysOfSilenceCloseTheAppeal() {
        ProcessInstance appeal = start("SD-25", "LOW", "LOW");
        complete(task(appeal), withVariables("triageDecision", "ASK_CUSTOMER", "reply", "Your login, please?"));

        execute(timer(appeal, "Event_ReminderDue"));
        execute(timer(appeal, "Event_SilenceTooLong"));

        assertThat(appeal).hasPassedInOrder("Task_RemindCustomer", "Task_CloseForSilence", "EndEvent_ClosedForSilence")
                .isEnded();
    }

    private static Job timer(ProcessInstance appeal, String activityId) {
        return managementService().createJobQuery().processInstanceId(appeal.getId()).timers()
                .activityId(activityId).singleResult();
    }

    private static Job watchTimer(ProcessInstance appeal) {
        return managementService().createJobQuery().processInstanceId(appeal.getId()).timers()
                .activityId("Event_SlaEventDue").singleResult();
    }

    private ProcessInstance start(String number, String urgency, String impact) {
        return runtimeService().startProcessInstanceByKey("appeal", number, variables(urgency, impact));
    }

    private static Map<String, Object> variables(String urgency, String impact) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(AppealVariables.CHANNEL, "MAIL");
        variables.put(AppealVariables.URGENCY, urgency);
        variables.put(AppealVariables.IMPACT, impact);
        variables.put(AppealVariables.CATEGORY, "UNCLASSIFIED");
        variables.put(AppealVariables.MANAGED_SERVICES_CUSTOMER, false);
        variables.put(AppealVariables.FIRST_ANSWER_GIVEN, false);
        variables.put(AppealVariables.ESCALATION_LEVEL, 0);
        variables.put(AppealVariables.TRIAGED, false);
        variables.put(AppealVariables.WORK_GROUP, "support-l1");
        return variables;
    }
}
