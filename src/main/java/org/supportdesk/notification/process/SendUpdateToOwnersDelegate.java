package org.supportdesk.notification.process;

import static org.supportdesk.notification.process.NotificationVariables.RESOLVED;
import static org.supportdesk.notification.process.NotificationVariables.RESOLVED_YES;
import static org.supportdesk.notification.process.NotificationVariables.UPDATED_BY;
import static org.supportdesk.notification.process.NotificationVariables.UPDATE_TEXT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.notification.Notifications;

/**
 * Service task "Send update to owners". When the duty engineer marked the event resolved, the
 * final notice carries this text instead, so owners get one message, not two.
 */
@Component
class SendUpdateToOwnersDelegate implements JavaDelegate {

    private final Notifications notifications;

    SendUpdateToOwnersDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!RESOLVED_YES.equals(execution.getVariable(RESOLVED))) {
            notifications.postUpdate(execution.getProcessBusinessKey(), (String) execution.getVariable(UPDATE_TEXT),
                    false, (String) execution.getVariable(UPDATED_BY));
        }
    }
}
