package org.supportdesk.managedservices;

/** Where a Managed Services cost request stands. */
public enum CostRequestStatus {
    /** handed over from an appeal: sales complete it first */
    LEAD,
    /** filed by sales, waiting for presales' qualification */
    NEW,
    /** presales asked sales for more information */
    NEEDS_INFORMATION,
    DECLINED,
    /** engineers estimate the hours per service group */
    SCOPING,
    /** priced; sales review it and may give a discount */
    QUOTE_REVIEW,
    /** the discount is above the threshold: a sales lead decides */
    AWAITING_APPROVAL,
    /** the quote went to the customer; valid 30 days */
    QUOTE_SENT,
    EXPIRED,
    REFUSED,
    /** accepted: contract signed, onboarding runs */
    ONBOARDING,
    /** onboarding done: the services run */
    ACTIVE
}
