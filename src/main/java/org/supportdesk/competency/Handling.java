package org.supportdesk.competency;

/** What the competency decision says to do with an appeal. */
public enum Handling {
    /** in scope: priority, deadlines, triage */
    SUPPORT,
    /** out of scope: polite rejection */
    REJECT,
    /** a Managed Services request: sales contacts the customer */
    SALES,
    /** not known yet: an agent decides at triage; never rejected automatically */
    TRIAGE
}
