package org.supportdesk.channel.phone;

/**
 * Names shared by register-phone-call.bpmn, its form and the code: the form's field keys are the
 * variables the delegate reads. Renaming one in the model or the form means renaming it here too.
 */
public final class PhoneCallVariables {

    public static final String PROCESS_KEY = "phone-call";

    // form fields
    public static final String LOGIN = "login";
    public static final String PROJECT = "project";
    public static final String EMAIL = "email";
    public static final String CALLER_NAME = "callerName";
    public static final String SUBJECT = "subject";
    public static final String DESCRIPTION = "description";
    public static final String URGENCY = "urgency";
    public static final String IMPACT = "impact";

    /**
     * Local input of "Register appeal", {@code ${currentUser()}}: the logged-in user who submitted
     * the start form, as the engine knows them (a local variable, so no submitted one shadows it).
     */
    public static final String AGENT = "agent";
    /** The agent who took the call: the start event's initiator, set again by "Register appeal". */
    public static final String REGISTERED_BY = "registeredBy";
    /** Set by "Register appeal"; also the business key of the ended instance. */
    public static final String APPEAL_NUMBER = "appealNumber";

    private PhoneCallVariables() {
    }
}
