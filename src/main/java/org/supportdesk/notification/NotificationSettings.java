package org.supportdesk.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When unacknowledged owners are reminded and chased, read by service-notification.bpmn as
 * {@code ${notificationSettings.ackReminder}} and {@code ${notificationSettings.ackEscalation}}
 * (the second counted from the reminder), and the address acknowledgement links start with.
 */
@Component("notificationSettings")
@ConfigurationProperties("supportdesk.notifications")
public class NotificationSettings {

    private Duration remindAfter = Duration.ofHours(24);
    private Duration escalateAfter = Duration.ofHours(72);
    private String publicUrl = "http://localhost:8080";

    public String getAckReminder() {
        return remindAfter.toString();
    }

    public String getAckEscalation() {
        Duration rest = escalateAfter.minus(remindAfter);
        return (rest.isNegative() ? Duration.ZERO : rest).toString();
    }

    public Duration getRemindAfter() {
        return remindAfter;
    }

    public void setRemindAfter(Duration remindAfter) {
        this.remindAfter = remindAfter;
    }

    public Duration getEscalateAfter() {
        return escalateAfter;
    }

    public void setEscalateAfter(Duration escalateAfter) {
        this.escalateAfter = escalateAfter;
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
}
