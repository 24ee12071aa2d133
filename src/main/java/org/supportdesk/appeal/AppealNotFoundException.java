package org.supportdesk.appeal;

/** Unknown number, or a token that does not match: both answer 404 so numbers cannot be probed. */
public class AppealNotFoundException extends RuntimeException {

    public AppealNotFoundException(String number) {
        super("appeal " + number + " not found");
    }
}
