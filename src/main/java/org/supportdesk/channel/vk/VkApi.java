package org.supportdesk.channel.vk;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.supportdesk.channel.DeliveryException;
import org.supportdesk.channel.PlatformHttp;

/** messages.send of the VK API. VK reports errors in a 200 answer: {"error":{"error_code":..,"error_msg":..}}. */
@Component
class VkApi {

    /** Errors worth another try: too many requests per second, flood control, internal server error. */
    private static final java.util.Set<Integer> TRANSIENT = java.util.Set.of(1, 6, 9, 10);

    private final VkSettings settings;
    private final RestClient client;

    VkApi(VkSettings settings, PlatformHttp http) {
        this.settings = settings;
        this.client = http.client(settings.apiUrl());
    }

    /**
     * Sends a message to a peer. VK ignores a second messages.send with the same random_id to the
     * same peer, so a retry after a lost answer does not show the message twice.
     */
    long sendMessage(String peerId, String text, int randomId) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("peer_id", peerId);
        form.add("message", text);
        form.add("random_id", Integer.toString(randomId));
        form.add("access_token", settings.token());
        form.add("v", settings.apiVersion());
        JsonNode answer;
        try {
            answer = client.post()
                    .uri("/method/messages.send")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(JsonNode.class);
        } catch (RestClientResponseException e) {
            throw DeliveryException.forHttpStatus(e.getStatusCode().value(), null);
        } catch (ResourceAccessException e) {
            throw new DeliveryException("VK unreachable: " + e.getMostSpecificCause().getClass().getSimpleName(), true);
        }
        if (answer == null) {
            throw new DeliveryException("VK answered nothing", true);
        }
        JsonNode error = answer.path("error");
        if (!error.isMissingNode()) {
            int code = error.path("error_code").asInt();
            throw new DeliveryException("VK error " + code + ": " + error.path("error_msg").asText(""),
                    TRANSIENT.contains(code));
        }
        JsonNode response = answer.path("response");
        // one peer: the message id; with peer_ids VK answers a list
        return response.isArray() ? response.path(0).path("message_id").asLong() : response.asLong();
    }
}
