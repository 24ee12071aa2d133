package org.supportdesk.appeal.process;

/** Choices of the work form (variable {@code workOutcome}). */
enum WorkOutcome {
    REPLY, ASK_CUSTOMER, RESOLVE
}
