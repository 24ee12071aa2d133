package org.supportdesk.notification;

import org.springframework.http.HttpStatus;
import org.supportdesk.input.RefusedRequestException;

/** No notification with this number; answered 404. */
public class NotificationNotFoundException extends RefusedRequestException {

    public NotificationNotFoundException(String number) {
        super(HttpStatus.NOT_FOUND, "no notification " + number);
    }
}
