package org.supportdesk.notification.process;

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
 * the forms get the text to show (and, for the four-eyes step, to revise).
 */
@Component
class RegisterNotificationDelegate implements JavaDelegate {

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
                    text(execution, "service"), text(execution, "region"), projects(text(execution, "projects")),
                    required(execution, "title"), required(execution, "details"), text(execution, "recommendations"),
                    text(execution, "reportedBy")));
            execution.setProcessBusinessKey(number);
        }
        ServiceNotification notification = notifications.get(number);
        execution.setVariable("notificationNumber", number);
        execution.setVariable("type", notification.type().name());
        // the one rule for which notices a second duty engineer approves and whose acknowledgements are chased
        execution.setVariable("fourEyes", notification.type().needsFourEyes());
        execution.setVariable("service", notification.service());
        execution.setVariable("region", notification.region());
        execution.setVariable("projects", String.join(", ", notification.projects()));
        execution.setVariable("title", notification.title());
        execution.setVariable("details", notification.details());
        execution.setVariable("recommendations", notification.recommendations());
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
        String value = text(execution, "type");
        try {
            return NotificationType.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("type", "one of " + Arrays.toString(NotificationType.values()));
        }
    }
}
