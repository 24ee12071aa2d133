package org.supportdesk.sla;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Waiting times around the customer, read by appeal.bpmn's timers as {@code ${slaSettings.reminder}}
 * and the like (ISO-8601 durations): the reminder while we wait for an answer, closing for
 * silence (counted from the question), and how long a resolved appeal waits for confirmation.
 */
@Component("slaSettings")
@ConfigurationProperties("supportdesk.sla")
public class SlaSettings {

    private Duration customerReminderAfter = Duration.ofHours(24);
    private Duration autoCloseAfter = Duration.ofDays(7);
    private Duration confirmationWait = Duration.ofHours(72);

    public String getReminder() {
        return customerReminderAfter.toString();
    }

    public String getCloseAfterReminder() {
        Duration rest = autoCloseAfter.minus(customerReminderAfter);
        return (rest.isNegative() ? Duration.ZERO : rest).toString();
    }

    public String getConfirmation() {
        return confirmationWait.toString();
    }

    public Duration getCustomerReminderAfter() {
        return customerReminderAfter;
    }

    public void setCustomerReminderAfter(Duration customerReminderAfter) {
        this.customerReminderAfter = customerReminderAfter;
    }

    public Duration getAutoCloseAfter() {
        return autoCloseAfter;
    }

    public void setAutoCloseAfter(Duration autoCloseAfter) {
        this.autoCloseAfter = autoCloseAfter;
    }

    public Duration getConfirmationWait() {
        return confirmationWait;
    }

    public void setConfirmationWait(Duration confirmationWait) {
        this.confirmationWait = confirmationWait;
    }
}
