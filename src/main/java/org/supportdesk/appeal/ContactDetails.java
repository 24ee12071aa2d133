package org.supportdesk.appeal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Login and project as customers write them in a chat or a mail ("login: ivanov", "проект:
 * web-shop"); the acknowledgement asks for them in exactly that form.
 */
record ContactDetails(String login, String project) {

    private static final Pattern LOGIN = Pattern.compile(
            "(?imu)^\\s*(?:login|логин|account|аккаунт|учётная запись|учетная запись)\\s*[:=—-]\\s*([\\p{L}0-9._@+-]{2,100})\\s*$");
    private static final Pattern PROJECT = Pattern.compile(
            "(?imu)^\\s*(?:project|проект)\\s*[:=—-]\\s*(\\S.{0,199}?)\\s*$");

    static ContactDetails in(String text) {
        if (text == null) {
            return new ContactDetails(null, null);
        }
        return new ContactDetails(first(LOGIN, text), first(PROJECT, text));
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
