package org.supportdesk.vocabulary;

/** Priority derived from urgency x impact by the priority decision. */
public enum Priority {
    CRITICAL, HIGH, MIDDLE, LOW
}
