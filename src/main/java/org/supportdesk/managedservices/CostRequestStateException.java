package org.supportdesk.managedservices;

import org.springframework.http.HttpStatus;
import org.supportdesk.input.RefusedRequestException;

/** The request is not at the step the call needs; answered 409. */
public class CostRequestStateException extends RefusedRequestException {

    public CostRequestStateException(String message) {
        super(HttpStatus.CONFLICT, message);
    }
}
