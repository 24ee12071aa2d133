package org.supportdesk.notification.process;

import static org.supportdesk.notification.process.NotificationVariables.REPORTED_BY;
import static org.supportdesk.notification.process.NotificationVariables.TYPE;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.supportdesk.notification.NotificationType;

/** The only caller of the engine for service-notification.bpmn from outside the model. */
@Component
public class NotificationProcess {

    private final RuntimeService runtime;

    NotificationProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the process for a registered notification; its number is the business key. */
    public void start(String number, NotificationType type, String reportedBy) {
        runtime.startProcessInstanceByKey(NotificationVariables.PROCESS_KEY, number, Map.of(TYPE, type.name(),
                REPORTED_BY, reportedBy == null ? "" : reportedBy));
    }
}
