package org.supportdesk.escalation;

/** What falls due on the SLA clock, and the escalation level it stands for (0: a warning or page). */
public enum EscalationKind {
    FIRST_RESPONSE_WARNING(0),
    FIRST_RESPONSE_BREACH(1),
    RESOLUTION_WARNING(0),
    RESOLUTION_BREACH(2),
    RESOLUTION_OVERDUE(3),
    CRITICAL_PAGE(0);

    private final int level;

    EscalationKind(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }
}
