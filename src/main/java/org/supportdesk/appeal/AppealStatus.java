package org.supportdesk.appeal;

/** Lifecycle of an appeal as customers and agents see it. */
public enum AppealStatus {
    OPEN, IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED, CLOSED, REJECTED
}
