package org.supportdesk.channel.facebook;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.supportdesk.channel.ChannelSender;
import org.supportdesk.channel.DeliveryException;
import org.supportdesk.channel.OutboundMessage;
import org.supportdesk.channel.PlatformHttp;
import org.supportdesk.vocabulary.Channel;

/**
 * Replies in Messenger to the customer's page-scoped id through the Send API ({@code POST /me/messages}
 * with the Page access token): texts over 2,000 characters go in parts, files after them.
 */
@Component
class FacebookSendApi implements ChannelSender {

    static final int MAX_TEXT = 2000;

    /** Graph API error codes that pass: unknown/service errors and rate limits. */
    private static final Set<Integer> TRANSIENT = Set.of(1, 2, 4, 17, 32, 613);

    private final FacebookSettings settings;
    private final RestClient client;

    FacebookSendApi(FacebookSettings settings, PlatformHttp http) {
        this.settings = settings;
        this.client = http.client(settings.apiUrl());
    }

    @Override
    public Channel channel() {
        return Channel.FACEBOOK;
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public String send(OutboundMessage message) {
        String last = null;
        for (String part : message.textInParts(MAX_TEXT)) {
            last = sendText(message.recipient(), part);
        }
        for (OutboundMessage.Document document : message.documents()) {
            last = sendFile(message.recipient(), document);
        }
        return last;
    }

    /** Sends a text within the 24-hour window that follows the customer's last message; returns its mid. */
    private String sendText(String psid, String text) {
        Map<String, Object> request = Map.of(
                "recipient", Map.of("id", psid),
                "messaging_type", "RESPONSE",
                "message", Map.of("text", text));
        return send(MediaType.APPLICATION_JSON, request);
    }

    /**
     * Sends a file as a Messenger attachment, uploaded with the message ({@code filedata}); images as
     * images, everything else as a file. Returns its mid.
     */
    private String sendFile(String psid, OutboundMessage.Document document) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("recipient", "{\"id\":" + quoted(psid) + "}");
        form.add("messaging_type", "RESPONSE");
        form.add("message", "{\"attachment\":{\"type\":\"" + (document.image() ? "image" : "file")
                + "\",\"payload\":{\"is_reusable\":false}}}");
        form.add("filedata", PlatformHttp.filePart(document));
        return send(MediaType.MULTIPART_FORM_DATA, form);
    }

    private String send(MediaType type, Object request) {
        JsonNode answer;
        try {
            answer = client.post()
                    .uri(uri -> uri.path("/me/messages").queryParam("access_token", settings.pageToken()).build())
                    .contentType(type)
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

    /** A PSID is digits; quoted as a JSON string all the same. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
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
