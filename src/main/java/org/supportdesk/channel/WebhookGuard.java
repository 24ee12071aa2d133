package org.supportdesk.channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Checks every webhook shares: the channel is on, and the platform's secret matches. */
public final class WebhookGuard {

    private WebhookGuard() {
    }

    /** An unconfigured channel does not exist to the outside. */
    public static void requireEnabled(boolean enabled) {
        if (!enabled) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "channel not configured");
        }
    }

    /** Constant-time comparison: the time taken tells nothing about how much of a guess was right. */
    public static boolean sameSecret(String expected, String given) {
        if (expected == null || expected.isEmpty() || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    public static ResponseStatusException unauthorized(String detail) {
        return new ResponseStatusException(HttpStatus.UNAUTHORIZED, detail);
    }
}
