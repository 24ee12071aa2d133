package org.supportdesk.notification.process;

import static org.supportdesk.notification.process.NotificationVariables.RECIPIENT_COUNT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.notification.Notifications;

/**
 * Service task "Send notice to owners": the text as approved (revisions included), read from the
 * notification's row, goes to every owner on their preferred channel, in one transaction with its recipients.
 */
@Component
class SendNoticeToOwnersDelegate implements JavaDelegate {

    private final Notifications service;

    SendNoticeToOwnersDelegate(Notifications service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(RECIPIENT_COUNT, service.sendToOwners(execution.getProcessBusinessKey()));
    }
}
