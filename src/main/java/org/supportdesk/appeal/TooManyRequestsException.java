package org.supportdesk.appeal;

/** Over the anonymous intake rate; answered 429. */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException() {
        super("too many appeals from this address; please try again in a minute");
    }
}
