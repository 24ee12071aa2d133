package org.supportdesk.notification.process;

import static org.supportdesk.notification.process.NotificationVariables.APPROVAL;
import static org.supportdesk.notification.process.NotificationVariables.APPROVED;
import static org.supportdesk.notification.process.NotificationVariables.REPORTED_BY;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.supportdesk.notification.NotificationRepository;

/**
 * Task listener of "Approve notice text" (assignment, complete): the duty engineer who reported
 * the event may not approve its text; approval needs a claimed task, so we know who approved.
 */
@Component("fourEyesListener")
class FourEyesListener implements TaskListener {

    private final NotificationRepository notifications;

    FourEyesListener(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
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
                notifications.approved(notifications.get(task.getExecution().getProcessBusinessKey()).id(), assignee);
            }
        }
    }
}
