package org.supportdesk.appeal;

/** Urgency and impact share one scale. */
public enum Level {
    HIGH, MEDIUM, LOW
}
