package org.supportdesk.channel.facebook;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.supportdesk.appeal.AppealInbox;
import org.supportdesk.appeal.InboundMessage;
import org.supportdesk.appeal.InboundOutcome;
import org.supportdesk.channel.PlatformId;
import org.supportdesk.channel.WebhookGuard;
import org.supportdesk.vocabulary.Channel;

/**
 * {@code /webhooks/facebook}: the Messenger Platform webhook. GET answers Meta's subscription
 * check; POST must be signed with the app secret ({@code X-Hub-Signature-256} over the raw bytes).
 * One delivery may batch several entries and messaging events; each message is taken in on its
 * own, the Page's own echoes are skipped; files are fetched after Meta has its answer.
 */
@RestController
class FacebookWebhookController {

    private static final Logger log = LoggerFactory.getLogger(FacebookWebhookController.class);
    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    /** The receipt table's key column. */
    private static final int MAX_MID = 500;

    private final FacebookSettings settings;
    private final AppealInbox inbox;
    private final ObjectMapper json;

    FacebookWebhookController(FacebookSettings settings, AppealInbox inbox, ObjectMapper json) {
        this.settings = settings;
        this.inbox = inbox;
        this.json = json;
    }

    @GetMapping(path = "/webhooks/facebook", produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
                                  @RequestParam(name = "hub.verify_token", required = false) String token,
                                  @RequestParam(name = "hub.challenge", required = false) String challenge) {
        WebhookGuard.requireEnabled(settings.enabled());
        if (!"subscribe".equals(mode) || challenge == null || !WebhookGuard.sameSecret(settings.verifyToken(), token)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "verification failed");
        }
        return ResponseEntity.ok(challenge);
    }

    @PostMapping("/webhooks/facebook")
    ResponseEntity<Void> deliver(@RequestHeader(name = SIGNATURE_HEADER, required = false) String signature,
                                 @RequestBody(required = false) byte[] body) {
        MessengerDelivery delivery = WebhookGuard.open(settings.enabled(),
                settings.enabled() && FacebookSignature.matches(settings.appSecret(), body, signature),
                "wrong or missing " + SIGNATURE_HEADER, json, body, MessengerDelivery.class, "Messenger webhook delivery");
        if (!delivery.fromPage()) {
            return ResponseEntity.ok().build();
        }
        for (MessengerDelivery.Entry entry : delivery.entry()) {
            for (MessengerDelivery.Event event : entry.messaging()) {
                receive(event);
            }
        }
        return ResponseEntity.ok().build();
    }

    private void receive(MessengerDelivery.Event event) {
        MessengerDelivery.Message message = event.message();
        // deliveries, reads, reactions and postbacks carry no message; echoes are what the Page itself sent
        if (message == null || message.echo() || message.mid() == null) {
            return;
        }
        String mid = message.mid();
        PlatformId sender = event.sender() == null ? null : event.sender().id();
        if (!PlatformId.usable(sender) || mid.length() > MAX_MID) {
            // one delivery batches many events: this one is skipped, the others are taken in, and
            // Meta is not asked to repeat a message that could never be answered
            log.warn("Messenger message {} has no usable sender id or an oversized mid; skipped, nothing taken in",
                    mid.length() > 100 ? mid.substring(0, 100) + "..." : mid);
            return;
        }
        List<InboundMessage.FileReference> files = new ArrayList<>();
        int index = 0;
        for (MessengerDelivery.Attachment attachment : message.attachments()) {
            readAttachment(attachment, ++index, files);
        }
        InboundOutcome outcome = inbox.receive(InboundMessage.chat(Channel.FACEBOOK, mid,
                sender.value(), null, message.text(), files));
        log.debug("Messenger message {}: {}", mid, outcome);
    }

    private void readAttachment(MessengerDelivery.Attachment attachment, int index,
                                List<InboundMessage.FileReference> files) {
        String type = attachment.type() == null ? "" : attachment.type();
        String url = attachment.payload() == null ? null : attachment.payload().url();
        if (url == null || !(type.equals("image") || type.equals("file") || type.equals("video")
                || type.equals("audio"))) {
            return;
        }
        String title = attachment.payload().title();
        String name = title != null ? title : fileNameOf(url, type, index);
        files.add(new InboundMessage.FileReference(name, 0, url));
    }

    /** Messenger's CDN addresses end in the original file name before the query. */
    private static String fileNameOf(String url, String type, int index) {
        String path = url.split("\\?", 2)[0];
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() || !last.contains(".") ? type + "-" + index : last;
    }
}
