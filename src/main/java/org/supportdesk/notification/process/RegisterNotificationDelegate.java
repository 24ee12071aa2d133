package org.supportdesk.notification.process;

import static org.supportdesk.notification.process.NotificationVariables.DETAILS;
import static org.supportdesk.notification.process.NotificationVariables.FOUR_EYES;
import static org.supportdesk.notification.process.NotificationVariables.NOTIFICATION_NUMBER;
import static org.supportdesk.notification.process.NotificationVariables.PROJECTS;
import static org.supportdesk.notification.process.NotificationVariables.RECOMMENDATIONS;
import static org.supportdesk.notification.process.NotificationVariables.REGION;
import static org.supportdesk.notification.process.NotificationVariables.REPORTED_BY;
import static org.supportdesk.notification.process.NotificationVariables.SERVICE;
import static org.supportdesk.notification.process.NotificationVariables.TITLE;
import static org.supportdesk.notification.process.NotificationVariables.TYPE;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.notification.NotificationRepository;
import org.supportdesk.notification.NotificationType;
import org.supportdesk.notification.Notifications;
import org.supportdesk.notification.ServiceNotification;

/**
 * Service task "Register notification". A notification from the API is in our table already; one
 * from the Tasklist start form is written here and gets its number as business key. Either way
 * the process keeps only the number, the type and the four-eyes rule: the notice's text lives in the row.
 */
@Component
class RegisterNotificationDelegate implements JavaDelegate {

    /** What the start form submits of the notice, kept in the row only. */
    static final List<String> NOTICE_TEXT = List.of(SERVICE, REGION, PROJECTS, TITLE, DETAILS, RECOMMENDATIONS);

    private final NotificationRepository notifications;
    private final Notifications service;

    RegisterNotificationDelegate(NotificationRepository notifications, Notifications service) {
        this.notifications = notifications;
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        if (number == null || notifications.find(number).isEmpty()) {
            number = service.register(new Notifications.Filing(type(execution),
                    text(execution, SERVICE), text(execution, REGION), projects(text(execution, PROJECTS)),
                    required(execution, TITLE), required(execution, DETAILS), text(execution, RECOMMENDATIONS),
                    text(execution, REPORTED_BY)));
            execution.setProcessBusinessKey(number);
        }
        ServiceNotification notification = notifications.get(number);
        execution.setVariable(NOTIFICATION_NUMBER, number);
        execution.setVariable(TYPE, notification.type().name());
        // the one rule for which notices a second duty engineer approves and whose acknowledgements are chased
        execution.setVariable(FOUR_EYES, notification.type().needsFourEyes());
        // the row holds the notice; the tasks' Notice tab reads it there, the revision edits it there
        execution.removeVariables(NOTICE_TEXT);
    }

    static List<String> projects(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[,;\\s]+"))
                .map(String::strip).filter(code -> !code.isEmpty()).distinct().toList();
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static String required(DelegateExecution execution, String name) {
        String value = text(execution, name);
        if (value == null) {
            throw new InvalidRequestException(name, "required");
        }
        return value;
    }

    /** A start through the API may name no type or a wrong one: refused naming the field. */
    private static NotificationType type(DelegateExecution execution) {
        String value = text(execution, TYPE);
        try {
            return NotificationType.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(TYPE, "one of " + Arrays.toString(NotificationType.values()));
        }
    }
}
