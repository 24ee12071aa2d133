package org.supportdesk.vocabulary;

/** Where an appeal came from. */
public enum Channel {
    MAIL, FEEDBACK_FORM, TELEGRAM, FACEBOOK, VK, PHONE
}
