package org.supportdesk.channel.vk;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

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
 * Replies to the customer's VK conversation through the VK API methods: messages.send, and for files
 * docs.getMessagesUploadServer, the upload and docs.save; files go as VK documents attached to the
 * same message. The random_id comes from the outbox id, so retries are idempotent. VK reports errors
 * in a 200 answer: {"error":{"error_code":..,"error_msg":..}}.
 */
@Component
class VkApi implements ChannelSender {

    /** VK's limit for one message. */
    static final int MAX_TEXT = 4096;

    /** Errors worth another try: too many requests per second, flood control, internal server error. */
    private static final java.util.Set<Integer> TRANSIENT = java.util.Set.of(1, 6, 9, 10);

    private final VkSettings settings;
    private final RestClient client;

    VkApi(VkSettings settings, PlatformHttp http) {
        this.settings = settings;
        this.client = http.client(settings.apiUrl());
    }

    @Override
    public Channel channel() {
        return Channel.VK;
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public String send(OutboundMessage message) {
        // one random_id per outbox message: a long text is cut rather than split, so a retry stays idempotent
        String text = message.textWithNumber();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT - 1) + "…";
        }
        // files are uploaded first and go with the text in the one idempotent messages.send
        List<String> attachments = new ArrayList<>();
        for (OutboundMessage.Document document : message.documents()) {
            attachments.add(uploadDocument(message.recipient(), document));
        }
        return Long.toString(sendMessage(message.recipient(), text, randomId(message.id()), attachments));
    }

    /** A positive int32 that is the same on every retry of one outbox message and differs between messages. */
    static int randomId(long outboxId) {
        return (int) (outboxId % Integer.MAX_VALUE) + 1;
    }

    /**
     * Sends a message to a peer, with documents uploaded before ({@link #uploadDocument}). VK ignores a
     * second messages.send with the same random_id to the same peer, so a retry after a lost answer
     * does not show the message twice.
     */
    long sendMessage(String peerId, String text, int randomId, List<String> attachments) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("peer_id", peerId);
        form.add("message", text);
        form.add("random_id", Integer.toString(randomId));
        if (!attachments.isEmpty()) {
            form.add("attachment", String.join(",", attachments));
        }
        JsonNode response = call("messages.send", form);
        // one peer: the message id; with peer_ids VK answers a list
        return response.isArray() ? response.path(0).path("message_id").asLong() : response.asLong();
    }

    long sendMessage(String peerId, String text, int randomId) {
        return sendMessage(peerId, text, randomId, List.of());
    }

    /** Uploads a file for a conversation and answers how messages.send names it: {@code doc<owner>_<id>}. */
    String uploadDocument(String peerId, OutboundMessage.Document document) {
        MultiValueMap<String, String> server = new LinkedMultiValueMap<>();
        server.add("type", "doc");
        server.add("peer_id", peerId);
        String uploadUrl = call("docs.getMessagesUploadServer", server).path("upload_url").asText("");
        if (uploadUrl.isEmpty()) {
            throw new DeliveryException("VK gave no upload address", true);
        }
        MultiValueMap<String, Object> file = new LinkedMultiValueMap<>();
        file.add("file", PlatformHttp.filePart(document));
        JsonNode uploaded;
        try {
            uploaded = client.post().uri(URI.create(uploadUrl)).contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(file).retrieve().body(JsonNode.class);
        } catch (RestClientResponseException e) {
            throw DeliveryException.forHttpStatus(e.getStatusCode().value(), "VK upload");
        } catch (ResourceAccessException e) {
            throw new DeliveryException("VK upload unreachable: " + e.getMostSpecificCause().getClass().getSimpleName(),
                    true);
        }
        String stored = uploaded == null ? "" : uploaded.path("file").asText("");
        if (stored.isEmpty()) {
            throw new DeliveryException("VK refused the upload of " + document.fileName() + ": "
                    + (uploaded == null ? "no answer" : uploaded.path("error").asText("")), false);
        }
        MultiValueMap<String, String> save = new LinkedMultiValueMap<>();
        save.add("file", stored);
        save.add("title", document.fileName());
        JsonNode doc = call("docs.save", save).path("doc");
        return "doc" + doc.path("owner_id").asLong() + "_" + doc.path("id").asLong();
    }

    private JsonNode call(String method, MultiValueMap<String, String> parameters) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>(parameters);
        form.add("access_token", settings.token());
        form.add("v", settings.apiVersion());
        JsonNode answer;
        try {
            answer = client.post()
                    .uri("/method/" + method)
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
            throw new DeliveryException("VK error " + code + " (" + method + "): " + error.path("error_msg").asText(""),
                    TRANSIENT.contains(code));
        }
        return answer.path("response");
    }
}
