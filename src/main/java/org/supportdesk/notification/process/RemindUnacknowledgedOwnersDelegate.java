package org.supportdesk.notification.process;

import static org.supportdesk.notification.process.NotificationVariables.UNACKNOWLEDGED_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.notification.Notifications;

/** Service task "Remind unacknowledged owners" (24 h after the notice). */
@Component
class RemindUnacknowledgedOwnersDelegate implements JavaDelegate {

    private final Notifications notifications;

    RemindUnacknowledgedOwnersDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(UNACKNOWLEDGED_COUNT,
                notifications.remindUnacknowledged(execution.getProcessBusinessKey()));
    }
}
