package org.supportdesk.notification.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.supportdesk.notification.process.NotificationForms.assertSubmittable;
import static org.supportdesk.notification.process.NotificationForms.shownKeys;
import static org.supportdesk.notification.process.NotificationForms.startForm;
import static org.supportdesk.notification.process.NotificationForms.taskForm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.supportdesk.notification.NotificationType;

/**
 * Every path of service-notification.bpmn: failures and access interruptions that go out at once, security threats and
 * data-loss risks approved by a second duty engineer (with a round of changes), the acknowledgement watch at 24 and 72
 * hours, and resolution stopping whatever the watch still waits for. Delegates and listeners are recorders that set
 * what the real ones set; every user task is completed with fields of its deployed form; the clock is fixed so timer
 * due dates are exact.
 */
@Deployment(resources = {"processes/service-notification.bpmn", "processes/forms/service-notification-start.form",
        "processes/forms/service-notification-approve.form", "processes/forms/service-notification-revise.form",
        "processes/forms/service-notification-update.form", "processes/forms/service-notification-follow-up.form"})
class ServiceNotificationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.camunda.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final String KEY = "service-notification";
    private static final Instant RAISED_AT = Instant.parse("2030-03-04T09:00:00Z");
    private static final Duration HOURS_24 = Duration.ofHours(24);
    private static final Duration HOURS_48 = Duration.ofHours(48);
    private static final String TITLE = "Object storage in ru-1: risk of losing objects written since 08:10";

    /** What the delegates did, in order. */
    private final List<String> calls = new ArrayList<>();
    /** Who posted each update, as the update delegate reads it. */
    private final List<Object> postedBy = new ArrayList<>();
    /** Every call of fourEyesListener: event and assignee. */
    private final List<String> fourEyes = new ArrayList<>();
    /** unacknowledgedCount the acknowledgement delegates report, one per call. */
    private final Deque<Integer> unacknowledged = new ArrayDeque<>();
    private int nextNumber = 100001;
    /** The notification rows' text (title, details, recommendations) by number, as the table holds it. */
    private final Map<String, List<String>> rows = new HashMap<>();
    /** What the revision listener wrote to the row, one per completed revision. */
    private final List<String> revisions = new ArrayList<>();

    /** Stands in for the bean that reads the notice text from the row for the revision and writes it back. */
    public class TestNoticeRevision implements TaskListener {
        public String title(String number) {
            return rows.get(number).get(0);
        }

        public String details(String number) {
            return rows.get(number).get(1);
        }

        public String recommendations(String number) {
            return rows.get(number).get(2);
        }

        @Override
        public void notify(DelegateTask task) {
            String number = task.getExecution().getProcessBusinessKey();
            List<String> revised = List.of((String) task.getVariable("title"), (String) task.getVariable("details"),
                    (String) task.getVariable("recommendations"));
            rows.put(number, revised);
            revisions.add(number + ":" + revised.get(0));
        }
    }

    /** Stands in for the settings bean the timers read. */
    public static class TestNotificationSettings {
        public String getAckReminder() {
            return "PT24H";
        }

        public String getAckEscalation() {
            return "PT48H";
        }
    }

    @BeforeEach
    void registerDelegates() {
        ClockUtil.setCurrentTime(Date.from(RAISED_AT));
        Mocks.register("registerNotificationDelegate", (JavaDelegate) execution -> {
            String number = execution.getProcessBusinessKey();
            if (number == null) {
                number = "SN-" + nextNumber++;
                execution.setProcessBusinessKey(number);
            }
            calls.add("register:" + number);
            Object title = execution.getVariable("title");
            rows.putIfAbsent(number, List.of(title == null ? TITLE : title.toString(), "Details of the event.",
                    "Rotate the access keys."));
            // as the real one: the row holds the notice text, the process keeps none of it
            execution.removeVariables(List.of("service", "region", "projects", "title", "details",
                    "recommendations"));
            execution.setVariable("notificationNumber", number);
            execution.setVariable("followUpGroups", "managed-services,support-leads");
            execution.setVariable("fourEyes",
                    NotificationType.valueOf((String) execution.getVariable("type")).needsFourEyes());
        });
        Mocks.register("sendNoticeToOwnersDelegate", (JavaDelegate) execution -> {
            calls.add("sendNotice:" + rows.get(execution.getProcessBusinessKey()).get(0));
            execution.setVariable("recipientCount", 5);
        });
        Mocks.register("remindUnacknowledgedOwnersDelegate", (JavaDelegate) execution -> {
            calls.add("remind");
            execution.setVariable("unacknowledgedCount", unacknowledged.pop());
        });
        Mocks.register("checkAcknowledgementsDelegate", (JavaDelegate) execution -> {
            calls.add("check");
            int count = unacknowledged.pop();
            execution.setVariable("unacknowledgedCount", count);
        });
        Mocks.register("sendUpdateToOwnersDelegate", (JavaDelegate) execution -> {
            calls.add("sendUpdate:" + execution.getVariable("resolved") + ":" + execution.getVariable("updateText"));
            postedBy.add(execution.getVariable("updatedBy"));
        });
        Mocks.register("sendFinalNoticeDelegate", (JavaDelegate) execution -> calls.add("sendFinalNotice"));
        Mocks.register("fourEyesListener", (TaskListener) task -> {
            fourEyes.add(task.getEventName() + ":" + task.getAssignee());
            if (task.getAssignee() != null && task.getAssignee().equals(task.getVariable("reportedBy"))) {
                throw new ProcessEngineException("The reporter cannot approve their own notification");
            }
        });
        Mocks.register("notificationSettings", new TestNotificationSettings());
        Mocks.register("noticeRevision", new TestNoticeRevision());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
        identityService().clearAuthentication();
    }

    @Test
    void aFailureGoesOutAtOnceAndIsUpdatedUntilResolved() {
        ProcessInstance notification = startByApi("SN-100001", "FAILURE");

        assertThat(notification).isWaitingAt("UserTask_PostUpdate").hasPassed("EndEvent_NoWatch")
                .hasNotPassed("UserTask_ApproveNoticeText", "TimerEvent_AckReminder");
        assertThat(notification).variables().containsEntry("notificationNumber", "SN-100001")
                .containsEntry("recipientCount", 5);
        assertThat(jobs(notification)).isEmpty();
        Task first = postUpdateTask(notification);
        assertThat(first).hasCandidateGroup("duty-engineers");
        assertThat(shownKeys(taskForm(first))).contains("type", "recipientCount").doesNotContain("title");

        taskService().claim(first.getId(), "duty.engineer");
        completeThroughForm(first, "service-notification-update", values(
                "updateText", "Two storage nodes restarted, replication is catching up.", "resolved", "NO"));

        assertThat(notification).isWaitingAt("UserTask_PostUpdate");
        Task second = postUpdateTask(notification);
        assertThat(formService().getTaskFormVariables(second.getId()))
                .as("every round starts with an empty form")
                .containsEntry("updateText", null).containsEntry("resolved", null)
                .doesNotContainKey("title");
        completeThroughForm(second, "service-notification-update", values(
                "updateText", "Replication finished, no objects lost.", "resolved", "YES"));

        assertThat(notification).hasPassedInOrder("StartEvent_NotificationRaised", "Task_RegisterNotification",
                        "Gateway_NeedsSecondPair", "Gateway_JoinSend", "Task_SendNoticeToOwners", "Gateway_Fork",
                        "UserTask_PostUpdate", "Task_SendUpdateToOwners", "Gateway_Resolved", "UserTask_PostUpdate",
                        "Task_SendUpdateToOwners", "Gateway_Resolved", "Task_SendFinalNotice",
                        "EndEvent_NotificationResolved")
                .isEnded();
        assertThat(calls).containsExactly("register:SN-100001", "sendNotice:" + TITLE,
                "sendUpdate:NO:Two storage nodes restarted, replication is catching up.",
                "sendUpdate:YES:Replication finished, no objects lost.", "sendFinalNotice");
        assertThat(postedBy).as("the claimed update names its author, the unclaimed one nobody")
                .containsExactly("duty.engineer", null);
        assertThat(fourEyes).isEmpty();
    }

    @Test
    void anAccessInterruptionStartedFromTasklistSkipsApprovalAndTheWatch() {
        ProcessDefinition definition = definition();
        assertThat(repositoryService().getIdentityLinksForProcessDefinition(
                definition.getId())).extracting(IdentityLink::getGroupId).containsExactly("duty-engineers");
        assertThat(definition.getName()).isEqualTo("Service notification");
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);

        ProcessInstance notification = startFromTasklist("alice", "ACCESS_INTERRUPTION");

        assertThat(notification).isWaitingAt("UserTask_PostUpdate").hasPassed("EndEvent_NoWatch")
                .hasNotPassed("UserTask_ApproveNoticeText");
        assertThat(notification).variables().containsEntry("reportedBy", "alice")
                .containsEntry("notificationNumber", "SN-100001").containsEntry("type", "ACCESS_INTERRUPTION")
                .doesNotContainKeys("service", "region", "projects", "title", "details", "recommendations");
        assertThat(businessKey(notification)).isEqualTo("SN-100001");
        assertThat(jobs(notification)).isEmpty();

        resolve(notification, "Access restored after the router replacement.");

        assertThat(notification).hasPassed("Task_SendFinalNotice", "EndEvent_NotificationResolved").isEnded();
        assertThat(calls).containsExactly("register:SN-100001",
                "sendNotice:" + TITLE, "sendUpdate:YES:Access restored after the router replacement.",
                "sendFinalNotice");
    }

    @Test
    void aSecurityThreatIsApprovedBySecondDutyEngineerNotByTheReporter() {
        ProcessInstance notification = startFromTasklist("alice", "SECURITY_THREAT");

        assertThat(notification).isWaitingAt("UserTask_ApproveNoticeText").hasNotPassed("Task_SendNoticeToOwners");
        Task approval = approvalTask(notification);
        assertThat(approval).hasCandidateGroup("duty-engineers");
        // the approver reads the notice in the Notice tab, from the row: the form shows no copy of it
        assertThat(formService().getTaskFormVariables(approval.getId()))
                .doesNotContainKeys("title", "details", "recommendations");
        assertThat(shownKeys(taskForm(approval))).contains("type")
                .doesNotContain("title", "details", "recommendations");

        assertThatThrownBy(() -> taskService().claim(approval.getId(), "alice"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("reporter");
        assertThat(approvalTask(notification).getAssignee()).isNull();
        Instant noticeAt = approve(notification, "bob");

        assertThat(notification).isWaitingAt("UserTask_PostUpdate", "TimerEvent_AckReminder")
                .hasPassedInOrder("Gateway_NeedsSecondPair", "Gateway_JoinApproval", "UserTask_ApproveNoticeText",
                        "Gateway_Approved", "Gateway_JoinSend", "Task_SendNoticeToOwners", "Gateway_Fork");
        assertThat(notification).variables().containsEntry("approval", "APPROVED");
        assertThat(dueAt(timer(notification, "TimerEvent_AckReminder")))
                .isEqualTo(noticeAt.plus(HOURS_24));
        assertThat(fourEyes).containsExactly("assignment:alice", "assignment:bob",
                "complete:bob");
        assertThat(calls).containsExactly("register:SN-100001",
                "sendNotice:" + TITLE);
    }

    @Test
    void aDataLossRiskGoesBackToTheReporterForChangesAndIsThenApproved() {
        ProcessInstance notification = startFromTasklist("alice", "DATA_LOSS_RISK");

        Task approval = approvalTask(notification);
        taskService().claim(approval.getId(), "bob");
        completeThroughForm(approval, "service-notification-approve", values("approval", "CHANGES_REQUESTED",
                "approvalNote", "Name the affected buckets."));

        assertThat(notification).isWaitingAt("UserTask_ReviseNoticeText");
        Task revision = task(notification, "UserTask_ReviseNoticeText");
        assertThat(revision.getAssignee()).isEqualTo("alice");
        // the revision opens with the row's text, local to its task
        assertThat(formService().getTaskFormVariables(revision.getId()))
                .containsEntry("approvalNote", "Name the affected buckets.").containsEntry("title", TITLE)
                .containsEntry("details", "Details of the event.")
                .containsEntry("recommendations", "Rotate the access keys.");
        String revisedTitle = "Object storage in ru-1: buckets backup-* and media-* may lose objects";
        completeThroughForm(revision, "service-notification-revise", values("title", revisedTitle,
                "details", "Buckets backup-* and media-* of the listed projects.",
                "recommendations", "Copy objects written since 08:10 elsewhere."));

        assertThat(notification).isWaitingAt("UserTask_ApproveNoticeText");
        Task secondApproval = approvalTask(notification);
        assertThat(revisions).as("the revised text went to the row").containsExactly("SN-100001:" + revisedTitle);
        assertThat(rows.get("SN-100001")).containsExactly(revisedTitle,
                "Buckets backup-* and media-* of the listed projects.", "Copy objects written since 08:10 elsewhere.");
        assertThat(runtimeService().getVariables(notification.getId()))
                .as("nothing of the text stays in the process")
                .doesNotContainKeys("title", "details", "recommendations");
        assertThat(formService().getTaskFormVariables(secondApproval.getId()))
                .as("the approver gets a fresh decision")
                .containsEntry("approval", null).containsEntry("approvalNote", null);
        approve(notification, "carol");

        assertThat(notification).isWaitingAt("UserTask_PostUpdate", "TimerEvent_AckReminder")
                .hasPassedInOrder("UserTask_ApproveNoticeText", "UserTask_ReviseNoticeText",
                        "Gateway_JoinApproval", "UserTask_ApproveNoticeText", "Task_SendNoticeToOwners");
        assertThat(calls).containsExactly("register:SN-100001",
                "sendNotice:" + revisedTitle);
        assertThat(fourEyes).containsExactly("assignment:bob", "complete:bob",
                "assignment:carol", "complete:carol");
    }

    @Test
    void withoutAReporterTheRevisionIsLeftToDutyEngineers() {
        ProcessInstance notification = startByApi("SN-100002", "SECURITY_THREAT");
        assertThat(notification).variables().containsEntry("reportedBy", null);

        approval(notification, "bob", "CHANGES_REQUESTED");

        assertThat(notification).isWaitingAt("UserTask_ReviseNoticeText");
        Task revision = task(notification, "UserTask_ReviseNoticeText");
        assertThat(revision.getAssignee()).isNull();
        assertThat(revision).hasCandidateGroup("duty-engineers");
    }

    @Test
    void theWatchEndsWhenEveryoneAcknowledgedByTheReminder() {
        ProcessInstance notification = startFromTasklist("alice", "SECURITY_THREAT");
        Instant noticeAt = approve(notification, "bob");
        unacknowledged.add(0);

        Job reminder = timer(notification, "TimerEvent_AckReminder");
        assertThat(dueAt(reminder)).isEqualTo(noticeAt.plus(HOURS_24));
        fire(reminder);

        assertThat(notification).hasPassedInOrder("TimerEvent_AckReminder", "Task_RemindUnacknowledgedOwners",
                        "Gateway_AnyoneUnacknowledged", "EndEvent_AcknowledgedAtReminder")
                .hasNotPassed("TimerEvent_AckEscalation")
                .isWaitingAt("UserTask_PostUpdate");
        assertThat(jobs(notification)).isEmpty();
        assertThat(notification).variables().containsEntry("unacknowledgedCount", 0);

        resolve(notification, "The vulnerable service is patched.");

        assertThat(notification).isEnded();
        assertThat(calls).containsExactly("register:SN-100001",
                "sendNotice:" + TITLE, "remind", "sendUpdate:YES:The vulnerable service is patched.",
                "sendFinalNotice");
    }

    @Test
    void ownersStillSilentAt72HoursAreFollowedUpByTheFollowUpGroups() {
        ProcessInstance notification = startFromTasklist("alice", "DATA_LOSS_RISK");
        Instant noticeAt = approve(notification, "bob");
        unacknowledged.add(3);
        unacknowledged.add(2);

        fire(timer(notification, "TimerEvent_AckReminder"));

        assertThat(notification).isWaitingAt("TimerEvent_AckEscalation", "UserTask_PostUpdate");
        Job escalation = timer(notification, "TimerEvent_AckEscalation");
        assertThat(dueAt(escalation))
                .isEqualTo(noticeAt.plus(HOURS_24).plus(HOURS_48))
                .isEqualTo(noticeAt.plus(Duration.ofHours(72)));
        fire(escalation);

        assertThat(notification).isWaitingAt("UserTask_FollowUpUnacknowledged", "UserTask_PostUpdate");
        Task followUp = task(notification, "UserTask_FollowUpUnacknowledged");
        assertThat(taskService().getIdentityLinksForTask(followUp.getId()))
                .extracting(IdentityLink::getGroupId)
                .containsExactlyInAnyOrder("managed-services", "support-leads");
        assertThat(formService().getTaskFormVariables(followUp.getId()))
                .containsEntry("unacknowledgedCount", 2).doesNotContainKey("unacknowledgedOwners");
        // who has not acknowledged is read live in the task's Notice tab, not copied into the form
        assertThat(shownKeys(taskForm(followUp))).doesNotContain("unacknowledgedOwners", "updates");
        completeThroughForm(followUp, "service-notification-follow-up", values(
                "followUpNote", "Both owners reached by phone, they copy their data today."));

        assertThat(notification).hasPassedInOrder("TimerEvent_AckReminder", "Task_RemindUnacknowledgedOwners",
                        "Gateway_AnyoneUnacknowledged", "TimerEvent_AckEscalation", "Task_CheckAcknowledgements",
                        "Gateway_StillUnacknowledged", "UserTask_FollowUpUnacknowledged", "EndEvent_OwnersFollowedUp")
                .isWaitingAt("UserTask_PostUpdate");
        assertThat(jobs(notification)).isEmpty();

        resolve(notification, "Storage repaired, nothing was lost.");

        assertThat(notification).isEnded();
        assertThat(calls).containsExactly("register:SN-100001",
                "sendNotice:" + TITLE, "remind", "check", "sendUpdate:YES:Storage repaired, nothing was lost.",
                "sendFinalNotice");
        assertThat(historicVariable(notification, "followUpNote"))
                .isEqualTo("Both owners reached by phone, they copy their data today.");
    }

    @Test
    void noFollowUpWhenEveryoneAcknowledgedByTheEscalation() {
        ProcessInstance notification = startFromTasklist("alice", "SECURITY_THREAT");
        approve(notification, "bob");
        unacknowledged.add(1);
        unacknowledged.add(0);

        fire(timer(notification, "TimerEvent_AckReminder"));
        fire(timer(notification, "TimerEvent_AckEscalation"));

        assertThat(notification).hasPassedInOrder("Task_RemindUnacknowledgedOwners", "Task_CheckAcknowledgements",
                        "Gateway_StillUnacknowledged", "EndEvent_AcknowledgedAtEscalation")
                .hasNotPassed("UserTask_FollowUpUnacknowledged")
                .isWaitingAt("UserTask_PostUpdate");
        assertThat(jobs(notification)).isEmpty();
        assertThat(calls).containsExactly("register:SN-100001",
                "sendNotice:" + TITLE, "remind", "check");
    }

    @Test
    void resolvingBeforeTheReminderStopsTheWatch() {
        ProcessInstance notification = startFromTasklist("alice", "SECURITY_THREAT");
        approve(notification, "bob");
        assertThat(timer(notification, "TimerEvent_AckReminder")).isNotNull();

        resolve(notification, "False alarm: the scanner misread the version.");

        assertThat(notification).hasPassed("EndEvent_NotificationResolved")
                .hasNotPassed("Task_RemindUnacknowledgedOwners").isEnded();
        assertThat(jobs(notification)).isEmpty();
        assertThat(managementService().createJobQuery().count()).isZero();
        assertThat(calls).containsExactly("register:SN-100001",
                "sendNotice:" + TITLE, "sendUpdate:YES:False alarm: the scanner misread the version.",
                "sendFinalNotice");
    }

    @Test
    void resolvingBeforeTheEscalationStopsTheWatch() {
        ProcessInstance notification = startFromTasklist("alice", "DATA_LOSS_RISK");
        approve(notification, "bob");
        unacknowledged.add(4);
        fire(timer(notification, "TimerEvent_AckReminder"));
        assertThat(timer(notification, "TimerEvent_AckEscalation")).isNotNull();

        resolve(notification, "Disks replaced, replicas rebuilt.");

        assertThat(notification).hasPassed("EndEvent_NotificationResolved")
                .hasNotPassed("Task_CheckAcknowledgements").isEnded();
        assertThat(jobs(notification)).isEmpty();
        assertThat(managementService().createJobQuery().count()).isZero();
        assertThat(calls).containsExactly("register:SN-100001",
                "sendNotice:" + TITLE, "remind", "sendUpdate:YES:Disks replaced, replicas rebuilt.",
                "sendFinalNotice");
    }

    @Test
    void resolvingCancelsAnOpenFollowUp() {
        ProcessInstance notification = startFromTasklist("alice", "SECURITY_THREAT");
        approve(notification, "bob");
        unacknowledged.add(2);
        unacknowledged.add(2);
        fire(timer(notification, "TimerEvent_AckReminder"));
        fire(timer(notification, "TimerEvent_AckEscalation"));
        assertThat(notification).isWaitingAt("UserTask_FollowUpUnacknowledged", "UserTask_PostUpdate");

        resolve(notification, "Threat contained.");

        assertThat(notification).isEnded().hasNotPassed("EndEvent_OwnersFollowedUp");
        assertThat(taskQuery().processInstanceId(notification.getId()).count())
                .isZero();
        assertThat(historyService().createHistoricTaskInstanceQuery()
                        .processInstanceId(notification.getId()).taskDefinitionKey("UserTask_FollowUpUnacknowledged")
                        .singleResult().getDeleteReason()).isNotEqualTo("completed");
        assertThat(jobs(notification)).isEmpty();
    }

    // --- starting -------------------------------------------------------------------------------------------------

    /** As POST /api/notifications does: the row exists, business key and a few variables are passed. */
    private ProcessInstance startByApi(String number, String type) {
        return runtimeService().startProcessInstanceByKey(KEY, number, values("type", type));
    }

    /** As Tasklist does: the logged-in duty engineer submits the start form, without a business key. */
    private ProcessInstance startFromTasklist(String reporter, String type) {
        String definitionId = definition().getId();
        Map<String, Object> fields = values("type", type, "service", "Object storage", "region", "ru-1",
                "projects", "romashka, northwind", "title", TITLE, "details", "Details of the event.",
                "recommendations", "Rotate the access keys.");
        assertSubmittable(startForm(definitionId), "service-notification-start", fields);
        identityService().setAuthenticatedUserId(reporter);
        try {
            return formService().submitStartForm(definitionId, fields);
        } finally {
            identityService().clearAuthentication();
        }
    }

    private static ProcessDefinition definition() {
        return repositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).singleResult();
    }

    // --- acting on tasks ------------------------------------------------------------------------------------------

    /** Approves as {@code approver}; returns the moment the notice went out. */
    private Instant approve(ProcessInstance notification, String approver) {
        approval(notification, approver, "APPROVED");
        return ClockUtil.getCurrentTime().toInstant();
    }

    private void approval(ProcessInstance notification, String approver, String decision) {
        Task approval = approvalTask(notification);
        taskService().claim(approval.getId(), approver);
        completeThroughForm(approval, "service-notification-approve", values("approval", decision,
                "approvalNote", null));
    }

    private void resolve(ProcessInstance notification, String text) {
        completeThroughForm(postUpdateTask(notification), "service-notification-update",
                values("updateText", text, "resolved", "YES"));
    }

    /** Completes a task a few minutes later, as its form would: only the form's input fields, required ones set. */
    private static void completeThroughForm(Task task, String formId, Map<String, Object> submitted) {
        assertSubmittable(taskForm(task), formId, submitted);
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(10))));
        taskService().complete(task.getId(), submitted);
    }

    private static Task approvalTask(ProcessInstance notification) {
        return task(notification, "UserTask_ApproveNoticeText");
    }

    private static Task postUpdateTask(ProcessInstance notification) {
        return task(notification, "UserTask_PostUpdate");
    }

    private static Task task(ProcessInstance notification, String key) {
        return taskQuery().processInstanceId(notification.getId()).taskDefinitionKey(key).singleResult();
    }

    // --- timers ---------------------------------------------------------------------------------------------------

    private static List<Job> jobs(ProcessInstance notification) {
        return managementService().createJobQuery().processInstanceId(notification.getId()).list();
    }

    private static Job timer(ProcessInstance notification, String activityId) {
        Job timer = managementService().createJobQuery().processInstanceId(notification.getId())
                .activityId(activityId).timers().singleResult();
        assertThat(timer).as("timer %s", activityId).isNotNull();
        return timer;
    }

    /** Moves the clock to the timer's due date and fires it, as the job executor would. */
    private static void fire(Job timer) {
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);
    }

    private static Instant dueAt(Job timer) {
        return timer.getDuedate().toInstant();
    }

    // --- misc -----------------------------------------------------------------------------------------------------

    private static String businessKey(ProcessInstance notification) {
        return historyService().createHistoricProcessInstanceQuery().processInstanceId(notification.getId())
                .singleResult().getBusinessKey();
    }

    private static Object historicVariable(ProcessInstance notification, String name) {
        return historyService().createHistoricVariableInstanceQuery().processInstanceId(notification.getId())
                .variableName(name).singleResult().getValue();
    }

    private static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }
}
