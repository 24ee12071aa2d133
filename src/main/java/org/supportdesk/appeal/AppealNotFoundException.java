package org.supportdesk.appeal;

import org.springframework.http.HttpStatus;
import org.supportdesk.input.RefusedRequestException;

/** Unknown number, or a token that does not match: both answer 404 alike so numbers cannot be probed. */
public class AppealNotFoundException extends RefusedRequestException {

    public AppealNotFoundException(String number) {
        super(HttpStatus.NOT_FOUND, "appeal " + number + " not found", "no such appeal, or the token does not match");
    }
}
