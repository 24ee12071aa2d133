package org.supportdesk.channel.vk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
import org.supportdesk.channel.PlatformId;
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
    private final ObjectMapper json;

    VkCallbackController(VkSettings settings, AppealInbox inbox, ObjectMapper json) {
        this.settings = settings;
        this.inbox = inbox;
        this.json = json;
    }

    @PostMapping(path = "/webhooks/vk", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> event(@RequestBody(required = false) byte[] body) {
        // the secret travels inside the body: it is read first, checked below
        VkEvent event = WebhookGuard.open(settings.enabled(), true, null, json, body, VkEvent.class,
                "VK Callback API event");
        if (event.type() == null) {
            throw WebhookGuard.invalidField("type", "a VK Callback API event type");
        }
        if (settings.groupId() != null && !settings.groupId().equals(event.groupId())) {
            throw WebhookGuard.unauthorized("event for another community");
        }
        if ("confirmation".equals(event.type())) {
            // VK includes the secret here too once one is set; a request without it still only learns
            // the string that proves this address belongs to our community
            if (event.secret() != null && !WebhookGuard.sameSecret(settings.secret(), event.secret())) {
                throw WebhookGuard.unauthorized("wrong secret");
            }
            return ResponseEntity.ok(settings.confirmation());
        }
        if (!WebhookGuard.sameSecret(settings.secret(), event.secret())) {
            throw WebhookGuard.unauthorized("wrong or missing secret");
        }
        if (event.eventId() != null && !EVENT_ID.matcher(event.eventId()).matches()) {
            throw WebhookGuard.invalidField("event_id", "at most 100 letters, digits, - or _");
        }
        if ("message_new".equals(event.type()) && event.object() != null) {
            receive(event, event.object().unwrapped());
        }
        return ResponseEntity.ok(OK);
    }

    private void receive(VkEvent event, VkEvent.Message message) {
        if (message.outgoing()) {
            return;
        }
        if (!PlatformId.usable(message.replyTo())) {
            // an appeal without a peer could never be answered; VK must not repeat the event either
            log.warn("VK event {} has no usable peer_id or from_id; acknowledged, nothing taken in",
                    event.eventId() == null ? "(no event_id)" : event.eventId());
            return;
        }
        String peer = message.replyTo().value();
        String deliveryId = event.eventId() != null ? event.eventId() : "message:" + peer + ":" + message.number();
        List<InboundMessage.FileReference> files = new ArrayList<>();
        for (VkEvent.Attachment attachment : message.attachments()) {
            readAttachment(attachment, files);
        }
        InboundOutcome outcome = inbox.receive(InboundMessage.chat(Channel.VK, deliveryId, peer, null,
                message.text(), files));
        log.debug("VK event {}: {}", deliveryId, outcome);
    }

    private void readAttachment(VkEvent.Attachment attachment, List<InboundMessage.FileReference> files) {
        if ("doc".equals(attachment.type()) && attachment.doc() != null) {
            VkEvent.Doc doc = attachment.doc();
            file(doc.url(), doc.title() == null ? "document" : doc.title(), doc.size() == null ? 0 : doc.size(),
                    files);
        } else if ("photo".equals(attachment.type()) && attachment.photo() != null) {
            VkEvent.Photo photo = attachment.photo();
            file(largest(photo.sizes()), "photo-" + (photo.id() == null ? "vk" : photo.id()) + ".jpg", 0, files);
        }
    }

    /** VK lists a photo's sizes; the largest one. */
    private static String largest(List<VkEvent.Size> sizes) {
        String url = null;
        long best = -1;
        for (VkEvent.Size size : sizes) {
            if (size.area() > best && size.url() != null) {
                best = size.area();
                url = size.url();
            }
        }
        return url;
    }

    private void file(String url, String name, long declaredSize, List<InboundMessage.FileReference> files) {
        // without an address the inbox notes the file as not kept, in the language of the customer's text
        files.add(new InboundMessage.FileReference(name, declaredSize, url));
    }
}
