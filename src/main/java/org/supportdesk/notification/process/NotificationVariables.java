package org.supportdesk.notification.process;

/**
 * Names shared by service-notification.bpmn, its forms and the code. Renaming one in the model or
 * a form means renaming it here too.
 */
public final class NotificationVariables {

    public static final String PROCESS_KEY = "service-notification";

    // the notice: typed into the start form, then set again from the registered notification
    public static final String TYPE = "type";
    public static final String SERVICE = "service";
    public static final String REGION = "region";
    public static final String PROJECTS = "projects";
    public static final String TITLE = "title";
    public static final String DETAILS = "details";
    public static final String RECOMMENDATIONS = "recommendations";
    /** The start event's initiator; the four-eyes rule keeps them from approving their own text. */
    public static final String REPORTED_BY = "reportedBy";

    // set by the delegates
    public static final String NOTIFICATION_NUMBER = "notificationNumber";
    public static final String FOUR_EYES = "fourEyes";
    public static final String RECIPIENT_COUNT = "recipientCount";
    public static final String UNACKNOWLEDGED_COUNT = "unacknowledgedCount";
    public static final String FOLLOW_UP_GROUPS = "followUpGroups";

    // submitted by the approval, update and follow-up forms
    public static final String APPROVAL = "approval";
    public static final String APPROVED = "APPROVED";
    public static final String APPROVAL_NOTE = "approvalNote";
    public static final String UPDATE_TEXT = "updateText";
    public static final String RESOLVED = "resolved";
    public static final String RESOLVED_YES = "YES";
    public static final String FOLLOW_UP_NOTE = "followUpNote";
    /** The duty engineer who completed "Post update or resolve", kept by its complete listener. */
    public static final String UPDATED_BY = "updatedBy";

    private NotificationVariables() {
    }
}
