package org.supportdesk.channel.vk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.supportdesk.appeal.IntakeCommand;
import org.supportdesk.appeal.UploadPolicy;
import org.supportdesk.channel.ChannelInbox;
import org.supportdesk.channel.InboundMessage;
import org.supportdesk.channel.InboundOutcome;
import org.supportdesk.channel.PlatformHttp;
import org.supportdesk.channel.WebhookGuard;
import org.supportdesk.vocabulary.Channel;

/**
 * {@code POST /webhooks/vk}: the community's Callback API. {@code confirmation} is answered with
 * the confirmation string; every other event must carry the secret key and is answered "ok" (VK
 * repeats an event that is not answered "ok", and switches the server off after many failures).
 */
@RestController
class VkCallbackController {

    private static final Logger log = LoggerFactory.getLogger(VkCallbackController.class);
    private static final String OK = "ok";
    /** VK's event ids are 40 hex digits; anything far from that is not VK's. */
    private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private final VkSettings settings;
    private final ChannelInbox inbox;
    private final UploadPolicy uploads;
    private final PlatformHttp http;
    private final ObjectMapper json;

    VkCallbackController(VkSettings settings, ChannelInbox inbox, UploadPolicy uploads, PlatformHttp http,
                         ObjectMapper json) {
        this.settings = settings;
        this.inbox = inbox;
        this.uploads = uploads;
        this.http = http;
        this.json = json;
    }

    @PostMapping(path = "/webhooks/vk", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> event(@RequestBody(required = false) byte[] body) {
        WebhookGuard.requireEnabled(settings.enabled());
        JsonNode event = parse(body);
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
        List<IntakeCommand.Upload> files = new ArrayList<>();
        StringBuilder text = new StringBuilder(message.path("text").asText(""));
        for (JsonNode attachment : message.path("attachments")) {
            readAttachment(attachment, files, text);
        }
        InboundOutcome outcome = inbox.receive(InboundMessage.chat(Channel.VK, deliveryId, peer, null,
                text.toString(), files));
        log.debug("VK event {}: {}", deliveryId, outcome);
    }

    private void readAttachment(JsonNode attachment, List<IntakeCommand.Upload> files, StringBuilder text) {
        String type = attachment.path("type").asText();
        if ("doc".equals(type)) {
            JsonNode doc = attachment.path("doc");
            String name = doc.path("title").asText("document");
            if (doc.path("size").asLong(0) > uploads.maxFileBytes()) {
                text.append("\n[file not kept: ").append(name).append(" - larger than allowed]");
                return;
            }
            fetch(doc.path("url").asText(null), name, files, text);
        } else if ("photo".equals(type)) {
            JsonNode photo = attachment.path("photo");
            fetch(largest(photo.path("sizes")), "photo-" + photo.path("id").asText("vk") + ".jpg", files, text);
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

    private void fetch(String url, String name, List<IntakeCommand.Upload> files, StringBuilder text) {
        if (url == null) {
            text.append("\n[file not kept: ").append(name).append(" - no address]");
            return;
        }
        PlatformHttp.Download download = http.download(url, uploads.maxFileBytes());
        if (download.succeeded()) {
            files.add(new IntakeCommand.Upload(name, download.content()));
        } else {
            text.append("\n[file not kept: ").append(name).append(" - ").append(download.failure()).append("]");
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode event = body == null ? null : json.readTree(body);
            if (event == null || !event.isObject() || !event.hasNonNull("type")) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a VK Callback API event");
            }
            return event;
        } catch (IOException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a VK Callback API event");
        }
    }
}
