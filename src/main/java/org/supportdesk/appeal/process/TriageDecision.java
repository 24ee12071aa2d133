package org.supportdesk.appeal.process;

/** Choices of the triage form (variable {@code triageDecision}). */
enum TriageDecision {
    ACCEPT, ASK_CUSTOMER, REJECT, HAND_TO_SALES
}
