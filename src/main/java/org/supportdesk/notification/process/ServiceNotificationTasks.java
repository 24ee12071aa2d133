package org.supportdesk.notification.process;

import static org.supportdesk.notification.process.NotificationVariables.APPROVAL;
import static org.supportdesk.notification.process.NotificationVariables.APPROVED;
import static org.supportdesk.notification.process.NotificationVariables.FOLLOW_UP_GROUPS;
import static org.supportdesk.notification.process.NotificationVariables.RECIPIENT_COUNT;
import static org.supportdesk.notification.process.NotificationVariables.REPORTED_BY;
import static org.supportdesk.notification.process.NotificationVariables.RESOLVED;
import static org.supportdesk.notification.process.NotificationVariables.RESOLVED_YES;
import static org.supportdesk.notification.process.NotificationVariables.UNACKNOWLEDGED_COUNT;
import static org.supportdesk.notification.process.NotificationVariables.UPDATED_BY;
import static org.supportdesk.notification.process.NotificationVariables.UPDATE_TEXT;

import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.supportdesk.notification.NotificationRepository;
import org.supportdesk.notification.Notifications;

/**
 * The service tasks of service-notification.bpmn that are one call into {@link Notifications}, and the
 * four-eyes listener, each a bean named as the model's {@code delegateExpression} names it.
 */
@Configuration(proxyBeanMethods = false)
class ServiceNotificationTasks {

    /**
     * "Send notice to owners": the text as approved (revisions included), read from the notification's
     * row, goes to every owner on their preferred channel, in one transaction with its recipients.
     */
    @Bean
    JavaDelegate sendNoticeToOwnersDelegate(Notifications notifications) {
        return execution -> execution.setVariable(RECIPIENT_COUNT,
                notifications.sendToOwners(execution.getProcessBusinessKey()));
    }

    /** "Remind unacknowledged owners" (24 h after the notice). */
    @Bean
    JavaDelegate remindUnacknowledgedOwnersDelegate(Notifications notifications) {
        return execution -> execution.setVariable(UNACKNOWLEDGED_COUNT,
                notifications.remindUnacknowledged(execution.getProcessBusinessKey()));
    }

    /**
     * "Check acknowledgements" (72 h after the notice): who still has not confirmed, and which team
     * follows up (the account's Managed Services team when there is a contract).
     */
    @Bean
    JavaDelegate checkAcknowledgementsDelegate(Notifications notifications) {
        return execution -> {
            List<NotificationRepository.Recipient> open = notifications.unacknowledged(
                    execution.getProcessBusinessKey());
            execution.setVariable(UNACKNOWLEDGED_COUNT, open.size());
            execution.setVariable(FOLLOW_UP_GROUPS, notifications.followUpGroups(open));
        };
    }

    /**
     * "Send update to owners". When the duty engineer marked the event resolved, the final notice
     * carries this text instead, so owners get one message, not two.
     */
    @Bean
    JavaDelegate sendUpdateToOwnersDelegate(Notifications notifications) {
        return execution -> {
            if (!RESOLVED_YES.equals(execution.getVariable(RESOLVED))) {
                notifications.postUpdate(execution.getProcessBusinessKey(),
                        (String) execution.getVariable(UPDATE_TEXT), false, (String) execution.getVariable(UPDATED_BY));
            }
        };
    }

    /** "Send final notice": every recipient learns the event is resolved; the notification closes. */
    @Bean
    JavaDelegate sendFinalNoticeDelegate(Notifications notifications) {
        return execution -> notifications.postUpdate(execution.getProcessBusinessKey(),
                (String) execution.getVariable(UPDATE_TEXT), true, (String) execution.getVariable(UPDATED_BY));
    }

    /**
     * Task listener of "Approve notice text" (assignment, complete): the duty engineer who reported
     * the event may not approve its text; approval needs a claimed task, so we know who approved.
     */
    @Bean
    TaskListener fourEyesListener(NotificationRepository notifications) {
        return task -> {
            String reporter = (String) task.getVariable(REPORTED_BY);
            String assignee = task.getAssignee();
            if (assignee != null && assignee.equals(reporter)) {
                throw new IllegalStateException("A second duty engineer approves the text: " + reporter
                        + " reported it and cannot approve it");
            }
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                if (assignee == null) {
                    throw new IllegalStateException("Claim the task before approving, so the approver is known");
                }
                if (APPROVED.equals(task.getVariable(APPROVAL))) {
                    notifications.approved(notifications.get(task.getExecution().getProcessBusinessKey()).id(),
                            assignee);
                }
            }
        };
    }
}
