package org.supportdesk.notification.process;

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
        if (!"YES".equals(execution.getVariable("resolved"))) {
            notifications.postUpdate(execution.getProcessBusinessKey(), (String) execution.getVariable("updateText"),
                    false, (String) execution.getVariable("updatedBy"));
        }
    }
}
