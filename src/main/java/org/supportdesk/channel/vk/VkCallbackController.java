package org.supportdesk.channel.vk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.supportdesk.appeal.AppealInbox;
import org.supportdesk.appeal.InboundMessage;
import org.supportdesk.appeal.InboundOutcome;
import org.supportdesk.channel.PlatformHttp;
import org.supportdesk.channel.WebhookGuard;
import org.supportdesk.vocabulary.Channel;

/**
 * {@code POST /webhooks/vk}: the community's Callback API. {@code confirmation} is answered with
 * the confirmation string; every other event must carry the secret key and is answered "ok" (VK
 * repeats an event that is not answered "ok", and switches the server off after many failures).
 * Documents and photos are fetched after VK has its answer.
 */
@RestController
class VkCallbackController {

    private static final Logger log = LoggerFactory.getLogger(VkCallbackController.class);
    private static final String OK = "ok";
    /** VK's event ids are 40 hex digits; anything far from that is not VK's. */
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final VkSettings settings;
    private final AppealInbox inbox;
    private final PlatformHttp http;
    private final ObjectMapper json;

    VkCallbackController(VkSettings settings, AppealInbox inbox, PlatformHttp http, ObjectMapper json) {
        this.settings = settings;
        this.inbox = inbox;
        this.http = http;
        this.json = json;
    }

    @PostMapping(path = "/webhooks/vk", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> event(@RequestBody(required = false) byte[] body) {
        // the secret travels inside the body: it is read first, checked below
        JsonNode event = WebhookGuard.open(settings.enabled(), true, null, json, body, "VK Callback API event");
        if (!event.hasNonNull("type")) {
            throw WebhookGuard.invalidField("type", "a VK Callback API event type");
        }
        if (settings.groupId() != null && event.path("group_id").asLong() != settings.groupId()) {
            throw WebhookGuard.unauthorized("event for another community");
        }
        String type = event.path("type").asText();
        if ("confirmation".equals(type)) {
            // VK includes the secret here too once one is set; a request without it still only learns
            // the string that proves this address belongs to our community
            if (event.has("secret") && !WebhookGuard.sameSecret(settings.secret(), event.path("secret").asText())) {
                throw WebhookGuard.unauthorized("wrong secret");
            }
            return ResponseEntity.ok(settings.confirmation());
        }
        if (!WebhookGuard.sameSecret(settings.secret(), event.path("secret").asText(null))) {
            throw WebhookGuard.unauthorized("wrong or missing secret");
        }
        if (event.has("event_id") && !EVENT_ID.matcher(event.path("event_id").asText()).matches()) {
            throw WebhookGuard.invalidField("event_id", "at most 100 letters, digits, - or _");
        }
        if ("message_new".equals(type)) {
            receive(event);
        }
        return ResponseEntity.ok(OK);
    }

    private void receive(JsonNode event) {
        JsonNode object = event.path("object");
        // API 5.103 and later wrap the message; older versions send it as the object itself
        JsonNode message = object.has("message") ? object.path("message") : object;
        if (message.path("out").asInt(0) == 1) {
            return;
        }
        JsonNode peerId = message.hasNonNull("peer_id") ? message.path("peer_id") : message.path("from_id");
        if (!WebhookGuard.isIdentifier(peerId)) {
            // an appeal without a peer could never be answered; VK must not repeat the event either
            log.warn("VK event {} has no usable peer_id or from_id; acknowledged, nothing taken in",
                    event.path("event_id").asText("(no event_id)"));
            return;
        }
        String peer = peerId.asText();
        String deliveryId = event.hasNonNull("event_id")
                ? event.path("event_id").asText()
                : "message:" + peer + ":" + message.path("conversation_message_id").asText(message.path("id").asText());
        List<InboundMessage.FileReference> files = new ArrayList<>();
        StringBuilder text = new StringBuilder(message.path("text").asText(""));
        for (JsonNode attachment : message.path("attachments")) {
            readAttachment(attachment, files, text);
        }
        InboundOutcome outcome = inbox.receive(InboundMessage.chat(Channel.VK, deliveryId, peer, null,
                text.toString(), files));
        log.debug("VK event {}: {}", deliveryId, outcome);
    }

    private void readAttachment(JsonNode attachment, List<InboundMessage.FileReference> files, StringBuilder text) {
        String type = attachment.path("type").asText();
        if ("doc".equals(type)) {
            JsonNode doc = attachment.path("doc");
            file(doc.path("url").asText(null), doc.path("title").asText("document"), doc.path("size").asLong(0),
                    files, text);
        } else if ("photo".equals(type)) {
            JsonNode photo = attachment.path("photo");
            file(largest(photo.path("sizes")), "photo-" + photo.path("id").asText("vk") + ".jpg", 0, files, text);
        }
    }

    /** VK lists a photo's sizes; the largest one. */
    private static String largest(JsonNode sizes) {
        String url = null;
        long best = -1;
        for (JsonNode size : sizes) {
            long area = size.path("width").asLong(0) * size.path("height").asLong(0);
            if (area > best && size.hasNonNull("url")) {
                best = area;
                url = size.path("url").asText();
            }
        }
        return url;
    }

    private void file(String url, String name, long declaredSize, List<InboundMessage.FileReference> files,
                      StringBuilder text) {
        if (url == null) {
            text.append("\n[file not kept: ").append(name).append(" - no address]");
            return;
        }
        files.add(WebhookGuard.fileAt(http, url, name, declaredSize));
    }
}
