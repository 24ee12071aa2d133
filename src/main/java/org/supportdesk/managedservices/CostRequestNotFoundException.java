package org.supportdesk.managedservices;

import org.springframework.http.HttpStatus;
import org.supportdesk.input.RefusedRequestException;

/** No cost request with this number; answered 404. */
public class CostRequestNotFoundException extends RefusedRequestException {

    public CostRequestNotFoundException(String number) {
        super(HttpStatus.NOT_FOUND, "no cost request " + number);
    }
}
