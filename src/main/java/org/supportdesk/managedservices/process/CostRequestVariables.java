package org.supportdesk.managedservices.process;

/**
 * Names shared by managed-services-request.bpmn, its forms and the code (forms write most of them).
 * Renaming one in the model or a form means renaming it here too.
 */
public final class CostRequestVariables {

    static final String PROCESS_KEY = "managed-services-request";
    static final String CUSTOMER_DECISION_TASK = "record-customer-decision";
    /** The start event's initiator; the sales rep owns the request's tasks. */
    static final String SALES_REP = "salesRep";
    static final String REQUEST_NUMBER = "requestNumber";
    /** Started from an appeal: sales first completes the lead's details. */
    static final String LEAD = "lead";

    // the start form (ms-cost-request), read by "Register cost request"
    static final String COMPANY = "company";
    static final String CONTACT_NAME = "contactName";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String LOGIN = "login";
    static final String SERVICES = "services";
    static final String VMS = "vms";
    static final String VCPU = "vcpu";
    static final String RAM_GB = "ramGb";
    static final String STORAGE_TB = "storageTb";
    static final String DATABASES = "databases";
    static final String K8S_CLUSTERS = "k8sClusters";
    static final String DESIRED_START = "desiredStart";
    static final String NOTES = "notes";

    // completing a lead (ms-complete-lead): the contact as sales corrects it
    static final String LEAD_COMPANY = "leadCompany";
    static final String LEAD_CONTACT_NAME = "leadContactName";

    // qualification and scoping by presales
    static final String QUALIFICATION = "qualification";
    static final String QUALIFICATION_NOTE = "qualificationNote";
    static final String ADDED_INFORMATION = "addedInformation";
    /** The multi-instance element: one scoping task per service group. */
    public static final String SERVICE_GROUP = "serviceGroup";
    /** The task that scopes one service group (one per group, in parallel). */
    public static final String SCOPE_TASK = "scope-service-group";
    static final String ONE_OFF_HOURS = "oneOffHours";
    static final String MONTHLY_HOURS = "monthlyHours";
    static final String ASSUMPTIONS = "assumptions";

    // quote and discount
    static final String DISCOUNT_PERCENT = "discountPercent";
    /** Result of the ms-pricing decision's discount rule. */
    static final String APPROVAL_REQUIRED = "approvalRequired";
    static final String DISCOUNT_APPROVAL = "discountApproval";
    static final String APPROVAL_NOTE = "approvalNote";

    // the customer's answer
    static final String CUSTOMER_DECISION = "customerDecision";
    static final String ACCEPTED = "ACCEPTED";
    static final String REFUSED = "REFUSED";
    static final String REFUSAL_REASON = "refusalReason";
    static final String CONTRACT_START = "contractStart";

    /** The multi-instance element: the key of the onboarding process each accepted service needs. */
    static final String ONBOARDING = "onboarding";

    private CostRequestVariables() {
    }
}
