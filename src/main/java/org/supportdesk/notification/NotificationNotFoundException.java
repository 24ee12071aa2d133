package org.supportdesk.notification;

/** No notification with this number; answered 404. */
public class NotificationNotFoundException extends RuntimeException {

    public NotificationNotFoundException(String number) {
        super("no notification " + number);
    }
}
