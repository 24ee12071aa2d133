package org.supportdesk.outbox;

/** What a queued message's reference number names. */
public enum ReferenceKind {
    APPEAL,
    /** a Managed Services cost request (its quote) */
    COST_REQUEST,
    /** a service notification */
    NOTIFICATION
}
