package org.supportdesk.input;

/** Bad input the client can fix; answered 400 with the field named, nothing written. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
