package org.supportdesk.appeal;

/** Rejected and closed appeals take no more messages; the customer opens a new appeal. */
public class AppealClosedException extends RuntimeException {

    public AppealClosedException(String number) {
        super("appeal " + number + " is closed; please open a new appeal");
    }

    public AppealClosedException(String number, String reason) {
        super("appeal " + number + ": " + reason);
    }
}
