package org.supportdesk.vocabulary;

/** Urgency and impact share one scale. */
public enum Level {
    HIGH, MEDIUM, LOW
}
