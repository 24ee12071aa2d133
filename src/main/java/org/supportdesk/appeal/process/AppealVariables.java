package org.supportdesk.appeal.process;

/**
 * Names shared by appeal.bpmn, its forms and the code. The contract fixes the first group;
 * renaming any of these in a model means renaming it here too.
 */
public final class AppealVariables {

    public static final String PROCESS_KEY = "appeal";

    // contract variables
    public static final String CHANNEL = "channel";
    public static final String URGENCY = "urgency";
    public static final String IMPACT = "impact";
    public static final String PRIORITY = "priority";
    public static final String CATEGORY = "category";
    public static final String IN_SCOPE = "inScope";
    public static final String FIRST_RESPONSE_DUE_AT = "firstResponseDueAt";
    public static final String RESOLUTION_DUE_AT = "resolutionDueAt";
    public static final String ESCALATION_LEVEL = "escalationLevel";

    // routing
    public static final String HANDLING = "handling";
    public static final String MANAGED_SERVICES_CUSTOMER = "managedServicesCustomer";
    public static final String FIRST_ANSWER_GIVEN = "firstAnswerGiven";
    public static final String WORK_ASSIGNEE = "workAssignee";
    public static final String TRIAGED = "triaged";
    /** The group that triages and works the appeal; escalation level 2 moves it to the second line. */
    public static final String WORK_GROUP = "workGroup";
    /** Set by "Handle due SLA events" for the staff tasks it opens. */
    public static final String NEW_SHIFT_LEAD_ESCALATION = "newShiftLeadEscalation";
    public static final String NEW_HEAD_ESCALATION = "newHeadEscalation";

    // submitted by the triage and work forms; consumed and removed by the delegates
    public static final String TRIAGE_DECISION = "triageDecision";
    public static final String WORK_OUTCOME = "workOutcome";
    public static final String REPLY = "reply";
    public static final String INTERNAL_NOTE = "internalNote";

    /** The appeal's own queue: triage and work (the leads' escalation tasks are not part of it). */
    public static final String TRIAGE_TASK = "UserTask_TriageAppeal";
    public static final String WORK_TASK = "UserTask_WorkOnAppeal";

    public static final String CUSTOMER_REPLIED_MESSAGE = "CustomerReplied";
    public static final String CUSTOMER_CONFIRMED_MESSAGE = "CustomerConfirmed";
    /** Signal that wakes an appeal's SLA watch; one per process instance. */
    public static final String DEADLINES_CHANGED_SIGNAL_PREFIX = "deadlines-changed-";

    private AppealVariables() {
    }
}
