package org.supportdesk.vocabulary;

/**
 * Texts for staff that the desk writes by itself and stores once (the lead of a hand-over): English and
 * Russian on one line, {@code English / Русский}, as the forms write theirs, so every staff member reads
 * the half they know. Staff notices are worded per reader instead (escalation.StaffNoticeText).
 */
public final class StaffWords {

    private StaffWords() {
    }

    /** "English / Русский". */
    public static String both(String english, String russian) {
        return english + " / " + russian;
    }

    /** A channel as the workspace names it. */
    public static String channelEnglish(Channel channel) {
        return switch (channel) {
            case MAIL -> "E-mail";
            case FEEDBACK_FORM -> "Feedback form";
            case TELEGRAM -> "Telegram";
            case FACEBOOK -> "Messenger";
            case VK -> "VK";
            case PHONE -> "Phone";
        };
    }

    public static String channelRussian(Channel channel) {
        return switch (channel) {
            case MAIL -> "эл. почта";
            case FEEDBACK_FORM -> "форма обратной связи";
            case TELEGRAM -> "Telegram";
            case FACEBOOK -> "Messenger";
            case VK -> "ВКонтакте";
            case PHONE -> "телефон";
        };
    }
}
