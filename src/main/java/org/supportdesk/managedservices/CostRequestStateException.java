package org.supportdesk.managedservices;

/** The request is not at the step the call needs; answered 409. */
public class CostRequestStateException extends RuntimeException {

    private final String number;

    public CostRequestStateException(String number, String message) {
        super(message);
        this.number = number;
    }

    public String number() {
        return number;
    }
}
