package org.supportdesk.notification;

/** What happened; security threats and data-loss risks are approved by a second duty engineer and chased. */
public enum NotificationType {
    FAILURE, SECURITY_THREAT, DATA_LOSS_RISK, ACCESS_INTERRUPTION;

    public boolean needsFourEyes() {
        return this == SECURITY_THREAT || this == DATA_LOSS_RISK;
    }
}
