package org.supportdesk.channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.supportdesk.appeal.InvalidRequestException;

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

    /**
     * A platform's numeric id (chat, peer, PSID, update): a whole number of at most 20 digits, as a
     * JSON number or a string. Anything else cannot be answered or is not the platform's.
     */
    public static boolean isIdentifier(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToLong();
        }
        return value.isTextual() && value.asText().matches("-?[0-9]{1,20}");
    }

    /** A platform payload whose field cannot be right: 400 naming it, nothing stored. */
    public static InvalidRequestException invalidField(String field, String expected) {
        return new InvalidRequestException(field, expected);
    }
}
