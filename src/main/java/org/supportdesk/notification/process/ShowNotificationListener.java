package org.supportdesk.notification.process;

import static org.supportdesk.notification.process.NotificationVariables.UPDATES;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.supportdesk.notification.NotificationRepository;
import org.supportdesk.notification.ServiceNotification;

/**
 * Task listener of the notification's user tasks (create): the updates posted so far and how many
 * owners acknowledged, as task-local variables for the forms.
 */
@Component("showNotificationListener")
class ShowNotificationListener implements TaskListener {

    private final NotificationRepository notifications;

    ShowNotificationListener(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        notifications.find(task.getExecution().getProcessBusinessKey()).ifPresent(notification -> show(task, notification));
    }

    private void show(DelegateTask task, ServiceNotification notification) {
        NotificationRepository.Counts counts = notifications.counts(notification.id());
        String updates = notifications.updates(notification.id()).stream()
                .map(update -> update.postedAt() + (update.postedBy() == null ? "" : " " + update.postedBy()) + ": "
                        + update.body())
                .collect(Collectors.joining("\n\n"));
        task.setVariableLocal(UPDATES, (updates.isEmpty() ? "-" : updates) + "\n\nAcknowledged: "
                + counts.acknowledged() + " of " + counts.recipients());
    }
}
