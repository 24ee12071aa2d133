package org.supportdesk.appeal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.supportdesk.input.RefusedRequestException;

/** Over the anonymous intake rate; answered 429 with the minute the allowance takes to come back. */
public class TooManyRequestsException extends RefusedRequestException {

    public TooManyRequestsException() {
        super(HttpStatus.TOO_MANY_REQUESTS, "too many appeals from this address; please try again in a minute");
        getHeaders().set(HttpHeaders.RETRY_AFTER, "60");
    }
}
