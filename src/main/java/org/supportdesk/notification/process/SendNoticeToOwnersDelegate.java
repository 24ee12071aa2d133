package org.supportdesk.notification.process;

import static org.supportdesk.notification.process.NotificationVariables.DETAILS;
import static org.supportdesk.notification.process.NotificationVariables.RECIPIENT_COUNT;
import static org.supportdesk.notification.process.NotificationVariables.RECOMMENDATIONS;
import static org.supportdesk.notification.process.NotificationVariables.TITLE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.notification.NotificationRepository;
import org.supportdesk.notification.Notifications;
import org.supportdesk.notification.ServiceNotification;

/**
 * Service task "Send notice to owners": the text as approved (revisions included) goes to every
 * owner on their preferred channel, in one transaction with its recipients.
 */
@Component
class SendNoticeToOwnersDelegate implements JavaDelegate {

    private final NotificationRepository notifications;
    private final Notifications service;

    SendNoticeToOwnersDelegate(NotificationRepository notifications, Notifications service) {
        this.notifications = notifications;
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ServiceNotification notification = notifications.get(execution.getProcessBusinessKey());
        notifications.revise(notification.id(), (String) execution.getVariable(TITLE),
                (String) execution.getVariable(DETAILS), (String) execution.getVariable(RECOMMENDATIONS));
        execution.setVariable(RECIPIENT_COUNT, service.sendToOwners(notification.number()));
    }
}
