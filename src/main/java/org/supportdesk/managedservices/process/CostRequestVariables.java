package org.supportdesk.managedservices.process;

/** Names of the managed-services-request process's variables (forms write most of them). */
final class CostRequestVariables {

    static final String PROCESS_KEY = "managed-services-request";
    static final String CUSTOMER_DECISION_TASK = "record-customer-decision";
    static final String CUSTOMER_DECISION = "customerDecision";
    static final String SALES_REP = "salesRep";

    static final String REQUEST_NUMBER = "requestNumber";
    static final String LEAD = "lead";
    static final String QUALIFICATION_NOTE = "qualificationNote";
    static final String SERVICE_GROUP = "serviceGroup";
    static final String ONE_OFF_HOURS = "oneOffHours";
    static final String MONTHLY_HOURS = "monthlyHours";
    static final String ASSUMPTIONS = "assumptions";
    static final String DISCOUNT_PERCENT = "discountPercent";
    static final String REFUSAL_REASON = "refusalReason";
    static final String CONTRACT_START = "contractStart";
    static final String STEP_NOTES = "stepNotes";

    private CostRequestVariables() {
    }
}
