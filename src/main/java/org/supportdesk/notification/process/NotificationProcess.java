package org.supportdesk.notification.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.supportdesk.notification.NotificationType;

/** The only caller of the engine for service-notification.bpmn from outside the model. */
@Component
public class NotificationProcess {

    public static final String PROCESS_KEY = "service-notification";

    private final RuntimeService runtime;

    NotificationProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the process for a registered notification; its number is the business key. */
    public void start(String number, NotificationType type, String title, String reportedBy) {
        runtime.startProcessInstanceByKey(PROCESS_KEY, number, Map.of("type", type.name(), "title", title,
                "reportedBy", reportedBy == null ? "" : reportedBy));
    }
}
