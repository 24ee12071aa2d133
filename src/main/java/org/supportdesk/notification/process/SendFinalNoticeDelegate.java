package org.supportdesk.notification.process;

import static org.supportdesk.notification.process.NotificationVariables.UPDATED_BY;
import static org.supportdesk.notification.process.NotificationVariables.UPDATE_TEXT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.notification.Notifications;

/** Service task "Send final notice": every recipient learns the event is resolved; the notification closes. */
@Component
class SendFinalNoticeDelegate implements JavaDelegate {

    private final Notifications notifications;

    SendFinalNoticeDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifications.postUpdate(execution.getProcessBusinessKey(), (String) execution.getVariable(UPDATE_TEXT),
                true, (String) execution.getVariable(UPDATED_BY));
    }
}
