package org.supportdesk.appeal;

/** Bad input the client can fix; answered 400 with the field named. */
public class InvalidRequestException extends RuntimeException {

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
