package org.supportdesk.vocabulary;

/** Priority derived from urgency x impact by the priority decision. */
public enum Priority {
    CRITICAL(100), HIGH(75), MIDDLE(50), LOW(25);

    private final int taskPriority;

    Priority(int taskPriority) {
        this.taskPriority = taskPriority;
    }

    /** The priority of the appeal's Tasklist tasks (the engine's scale, higher first). */
    public int taskPriority() {
        return taskPriority;
    }
}
