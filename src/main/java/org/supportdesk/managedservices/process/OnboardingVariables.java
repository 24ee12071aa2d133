package org.supportdesk.managedservices.process;

import org.supportdesk.vocabulary.ManagedService.Onboarding;

/**
 * Names shared by the four ms-onboarding-*.bpmn models, their forms and the code. The cost request
 * passes its number in when it calls an onboarding; the forms write the rest.
 */
final class OnboardingVariables {

    // the process keys, named once by the services' vocabulary
    static final String AUDIT_PROCESS_KEY = Onboarding.AUDIT.processKey();
    static final String DR_PROCESS_KEY = Onboarding.DR_SETUP.processKey();
    static final String MIGRATION_PROCESS_KEY = Onboarding.MIGRATION.processKey();
    static final String OPERATIONS_PROCESS_KEY = Onboarding.OPERATIONS.processKey();

    /** Passed in by the cost request's call activity, in every step's heading; the request itself is read live. */
    static final String REQUEST_NUMBER = "requestNumber";

    /** Every step's note; the step listener records it and the next step starts with it empty. */
    static final String STEP_NOTES = "stepNotes";

    // audit
    static final String MEETING_DATE = "meetingDate";
    static final String PARTICIPANTS = "participants";
    static final String FINDINGS_SUMMARY = "findingsSummary";
    static final String REPORT_REFERENCE = "reportReference";
    static final String REVIEW_ACCEPTED = "reviewAccepted";
    static final String REVIEW_NOTES = "reviewNotes";

    // disaster recovery
    static final String RPO_MINUTES = "rpoMinutes";
    static final String RTO_MINUTES = "rtoMinutes";
    static final String DRILL_RESULT = "drillResult";
    static final String DRILL_PASSED = "PASSED";
    static final String DRILL_MEASURED_RTO_MINUTES = "drillMeasuredRtoMinutes";
    static final String DRILL_REPORT = "drillReport";

    // migration
    static final String SYSTEMS_COUNT = "systemsCount";
    static final String INVENTORY_REFERENCE = "inventoryReference";
    static final String PLAN_REFERENCE = "planReference";
    static final String TEST_PASSED = "testPassed";
    static final String TEST_NOTES = "testNotes";
    static final String CUTOVER_START = "cutoverStart";
    static final String CUTOVER_END = "cutoverEnd";
    static final String VERIFIED = "verified";
    static final String VERIFICATION_NOTES = "verificationNotes";

    // 24/7 operations
    static final String ACCESS_GRANTED = "accessGranted";
    static final String DASHBOARD_URL = "dashboardUrl";
    static final String ON_CALL_START = "onCallStart";

    private OnboardingVariables() {
    }
}
