package org.supportdesk.appeal;

/** Where an appeal came from (contract vocabulary). */
public enum Channel {
    MAIL, FEEDBACK_FORM, TELEGRAM, FACEBOOK, VK, PHONE
}
