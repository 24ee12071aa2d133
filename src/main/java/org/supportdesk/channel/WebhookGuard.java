package org.supportdesk.channel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.supportdesk.input.InvalidInputException;

/**
 * What every webhook does first, in one place: the channel is on, the platform's secret matches,
 * the body is the platform's JSON object.
 */
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

    /** A platform payload whose field cannot be right: 400 naming it, nothing stored. */
    public static InvalidInputException invalidField(String field, String expected) {
        return new InvalidInputException(field, expected);
    }

    /**
     * The opening of every webhook: 404 while the channel is off, 401 unless the platform proved
     * itself ({@code authentic}), then the body bound to the platform's documented format, or 400
     * "not a {@code what}" when it is not a JSON object of that shape.
     */
    public static <T> T open(boolean enabled, boolean authentic, String refusal, ObjectMapper json, byte[] body,
                             Class<T> format, String what) {
        requireEnabled(enabled);
        if (!authentic) {
            throw unauthorized(refusal);
        }
        try {
            JsonNode payload = body == null ? null : json.readTree(body);
            if (payload == null || !payload.isObject()) {
                throw notA(what);
            }
            return json.treeToValue(payload, format);
        } catch (IOException | IllegalArgumentException e) {
            throw notA(what);
        }
    }

    private static ResponseStatusException notA(String what) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a " + what);
    }
}
