package org.supportdesk.escalation;

/** What a staff notice is about: a point on the SLA clock ({@link EscalationKind}) or a notice to sales. */
public enum StaffNoticeKind {
    FIRST_RESPONSE_WARNING,
    FIRST_RESPONSE_BREACH,
    RESOLUTION_WARNING,
    RESOLUTION_BREACH,
    RESOLUTION_OVERDUE,
    CRITICAL_PAGE,
    /** managedservices.SalesNotices: a quote runs out soon and the customer has not answered */
    QUOTE_EXPIRING
}
