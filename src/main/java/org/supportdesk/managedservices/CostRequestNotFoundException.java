package org.supportdesk.managedservices;

/** No cost request with this number; answered 404. */
public class CostRequestNotFoundException extends RuntimeException {

    public CostRequestNotFoundException(String number) {
        super("no cost request " + number);
    }
}
