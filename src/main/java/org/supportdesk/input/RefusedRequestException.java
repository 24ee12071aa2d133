package org.supportdesk.input;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request a feature refuses with a status of its own (not found, conflict, too many): Spring MVC
 * answers it as problem+json from its status and body, so the error handler knows no feature. The
 * message stays the feature's own sentence (logs, the engine REST API), not Spring's summary.
 */
public abstract class RefusedRequestException extends ErrorResponseException {

    private final String message;

    protected RefusedRequestException(HttpStatus status, String message) {
        this(status, message, message);
    }

    /** A detail for the client other than the message, e.g. one that does not tell which part was wrong. */
    protected RefusedRequestException(HttpStatus status, String message, String detail) {
        // the problem's title is the status's reason phrase
        super(status, ProblemDetail.forStatusAndDetail(status, detail), null);
        this.message = message;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
