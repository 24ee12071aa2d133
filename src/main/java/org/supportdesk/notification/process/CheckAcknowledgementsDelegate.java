package org.supportdesk.notification.process;

import static org.supportdesk.notification.process.NotificationVariables.FOLLOW_UP_GROUPS;
import static org.supportdesk.notification.process.NotificationVariables.UNACKNOWLEDGED_COUNT;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.notification.NotificationRepository;
import org.supportdesk.notification.Notifications;

/**
 * Service task "Check acknowledgements" (72 h after the notice): who still has not confirmed,
 * and which team follows up (the account's Managed Services team when there is a contract).
 */
@Component
class CheckAcknowledgementsDelegate implements JavaDelegate {

    private final Notifications notifications;

    CheckAcknowledgementsDelegate(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<NotificationRepository.Recipient> open = notifications.unacknowledged(execution.getProcessBusinessKey());
        execution.setVariable(UNACKNOWLEDGED_COUNT, open.size());
        execution.setVariable(FOLLOW_UP_GROUPS, notifications.followUpGroups(open));
    }
}
