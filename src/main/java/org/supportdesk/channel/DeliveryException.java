package org.supportdesk.channel;

/** A platform did not take a message. {@code retryable}: a later attempt may succeed (5xx, 429, network). */
public class DeliveryException extends RuntimeException {

    private final boolean retryable;

    public DeliveryException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public DeliveryException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    /** HTTP platforms: too many requests and server errors pass, other client errors stay. */
    public static DeliveryException forHttpStatus(int status, String detail) {
        boolean retryable = status == 429 || status >= 500;
        return new DeliveryException("HTTP " + status + (detail == null ? "" : ": " + detail), retryable);
    }
}
