package org.supportdesk.appeal;

import org.springframework.http.HttpStatus;
import org.supportdesk.input.RefusedRequestException;

/** Rejected and closed appeals take no more messages; the customer opens a new appeal. Answered 409. */
public class AppealClosedException extends RefusedRequestException {

    public AppealClosedException(String number) {
        super(HttpStatus.CONFLICT, "appeal " + number + " is closed; please open a new appeal");
    }

    public AppealClosedException(String number, String reason) {
        super(HttpStatus.CONFLICT, "appeal " + number + ": " + reason);
    }
}
