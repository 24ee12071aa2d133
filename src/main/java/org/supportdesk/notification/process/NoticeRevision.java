package org.supportdesk.notification.process;

import static org.supportdesk.notification.process.NotificationVariables.DETAILS;
import static org.supportdesk.notification.process.NotificationVariables.RECOMMENDATIONS;
import static org.supportdesk.notification.process.NotificationVariables.TITLE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.supportdesk.notification.NotificationRepository;

/**
 * "Revise notice text" works on the notice in our table, not on copies in the process: the task's input
 * parameters read the text from the row (so the form opens with it, local to the task), and this listener
 * (complete) writes what the reporter submitted back to the row. A field left empty keeps its text.
 */
@Component("noticeRevision")
public class NoticeRevision implements TaskListener {

    private final NotificationRepository notifications;

    NoticeRevision(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    public String title(String number) {
        return notifications.get(number).title();
    }

    public String details(String number) {
        return notifications.get(number).details();
    }

    public String recommendations(String number) {
        return notifications.get(number).recommendations();
    }

    @Override
    public void notify(DelegateTask task) {
        notifications.revise(notifications.get(task.getExecution().getProcessBusinessKey()).id(),
                text(task.getVariable(TITLE)), text(task.getVariable(DETAILS)),
                text(task.getVariable(RECOMMENDATIONS)));
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
