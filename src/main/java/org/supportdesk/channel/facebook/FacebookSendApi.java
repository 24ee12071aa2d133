package org.supportdesk.channel.facebook;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.supportdesk.channel.DeliveryException;
import org.supportdesk.channel.PlatformHttp;

/** The Messenger Send API: {@code POST /me/messages} with the Page access token. */
@Component
class FacebookSendApi {

    /** Graph API error codes that pass: unknown/service errors and rate limits. */
    private static final Set<Integer> TRANSIENT = Set.of(1, 2, 4, 17, 32, 613);

    private final FacebookSettings settings;
    private final RestClient client;

    FacebookSendApi(FacebookSettings settings, PlatformHttp http) {
        this.settings = settings;
        this.client = http.client(settings.apiUrl());
    }

    /** Sends a text within the 24-hour window that follows the customer's last message; returns its mid. */
    String sendText(String psid, String text) {
        Map<String, Object> request = Map.of(
                "recipient", Map.of("id", psid),
                "messaging_type", "RESPONSE",
                "message", Map.of("text", text));
        JsonNode answer;
        try {
            answer = client.post()
                    .uri(uri -> uri.path("/me/messages").queryParam("access_token", settings.pageToken()).build())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(request)
                    .retrieve()
                    .body(JsonNode.class);
        } catch (RestClientResponseException e) {
            throw failure(e);
        } catch (ResourceAccessException e) {
            // the exception's own message holds the URL, and the URL holds the token
            throw new DeliveryException("Messenger unreachable: " + e.getMostSpecificCause().getClass().getSimpleName(),
                    true);
        }
        return answer == null ? null : answer.path("message_id").asText(null);
    }

    private static DeliveryException failure(RestClientResponseException e) {
        JsonNode error = null;
        try {
            JsonNode body = e.getResponseBodyAs(JsonNode.class);
            error = body == null ? null : body.path("error");
        } catch (RuntimeException unreadable) {
            // no Graph error body: judge by the status
        }
        int status = e.getStatusCode().value();
        if (error == null || error.isMissingNode()) {
            return DeliveryException.forHttpStatus(status, null);
        }
        int code = error.path("code").asInt();
        boolean retryable = status >= 500 || status == 429 || TRANSIENT.contains(code);
        return new DeliveryException("Graph error " + code + "/" + error.path("error_subcode").asText("-") + ": "
                + error.path("message").asText(""), retryable);
    }
}
