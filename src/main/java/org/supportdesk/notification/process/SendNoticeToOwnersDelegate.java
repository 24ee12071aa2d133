package org.supportdesk.notification.process;

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
        notifications.revise(notification.id(), (String) execution.getVariable("title"),
                (String) execution.getVariable("details"), (String) execution.getVariable("recommendations"));
        execution.setVariable("recipientCount", service.sendToOwners(notification.number()));
    }
}
