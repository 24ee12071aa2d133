package org.supportdesk.appeal;

import org.supportdesk.input.InvalidInputException;

/** Bad input the client can fix; answered 400 with the field named. */
public class InvalidRequestException extends InvalidInputException {

    public InvalidRequestException(String field, String message) {
        super(field, message);
    }
}
