package org.supportdesk.channel.telegram;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.supportdesk.appeal.AppealInbox;
import org.supportdesk.appeal.InboundMessage;
import org.supportdesk.appeal.InboundOutcome;
import org.supportdesk.channel.PlatformId;
import org.supportdesk.channel.WebhookGuard;
import org.supportdesk.vocabulary.Channel;

/**
 * {@code POST /webhooks/telegram}: the Bot API's Update. The secret token is checked before the
 * body is even read; text or caption becomes the message, a document or the largest photo that
 * fits becomes an attachment, fetched with getFile after Telegram has its answer. Every update Telegram sent us is answered 200 unless we failed, so
 * that Telegram retries exactly the ones we could not take.
 */
@RestController
class TelegramWebhookController {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TelegramSettings settings;
    private final AppealInbox inbox;
    private final ObjectMapper json;

    TelegramWebhookController(TelegramSettings settings, AppealInbox inbox, ObjectMapper json) {
        this.settings = settings;
        this.inbox = inbox;
        this.json = json;
    }

    @PostMapping("/webhooks/telegram")
    ResponseEntity<Void> update(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
                                @RequestBody(required = false) byte[] body) {
        TelegramUpdate update = WebhookGuard.open(settings.enabled(),
                WebhookGuard.sameSecret(settings.secretToken(), secret), "wrong or missing " + SECRET_HEADER, json,
                body, TelegramUpdate.class, "Telegram Update");
        if (update.updateId() != null && !update.updateId().usable()) {
            throw WebhookGuard.invalidField("update_id", "a whole number");
        }
        TelegramUpdate.Message message = update.message();
        if (update.updateId() == null || message == null || message.fromBot()) {
            // edited messages, channel posts, other bots: nothing for support
            return ResponseEntity.ok().build();
        }
        String updateId = update.updateId().value();
        if (message.chat() == null || !PlatformId.usable(message.chat().id())) {
            // an appeal without a chat could never be answered; Telegram must not redeliver it either
            log.warn("Telegram update {} has no usable chat id; acknowledged, nothing taken in", updateId);
            return ResponseEntity.ok().build();
        }
        List<InboundMessage.FileReference> files = new ArrayList<>();
        String text = isStartCommand(message.words()) ? "" : message.words();
        readDocument(message.document(), files);
        readPhoto(message.photo(), files);
        InboundOutcome outcome = inbox.receive(InboundMessage.chat(Channel.TELEGRAM, updateId,
                message.chat().id().value(), message.senderName(), text, files));
        log.debug("Telegram update {}: {}", updateId, outcome);
        return ResponseEntity.ok().build();
    }

    /** "/start" is what the Telegram app sends when a customer opens the bot; it is no appeal. */
    private static boolean isStartCommand(String text) {
        String value = text.strip();
        return value.equals("/start") || value.startsWith("/start ");
    }

    private static void readDocument(TelegramUpdate.Document document, List<InboundMessage.FileReference> files) {
        if (document == null) {
            return;
        }
        String name = document.fileName() == null ? "document" : document.fileName();
        files.add(file(document.fileId(), document.fileSize(), name));
    }

    /** Telegram sends every size of a photo, smallest first: the largest that fits our limit. */
    private void readPhoto(List<TelegramUpdate.PhotoSize> sizes, List<InboundMessage.FileReference> files) {
        if (sizes.isEmpty()) {
            return;
        }
        TelegramUpdate.PhotoSize chosen = null;
        for (TelegramUpdate.PhotoSize size : sizes) {
            if (size.fileSize() <= inbox.maxFileBytes()) {
                chosen = size;
            }
        }
        if (chosen == null) {
            // even the smallest is too large: the inbox notes it as not kept, in the customer's language
            TelegramUpdate.PhotoSize smallest = sizes.get(0);
            files.add(file(smallest.fileId(), smallest.fileSize(), "photo"));
            return;
        }
        files.add(file(chosen.fileId(), chosen.fileSize(),
                "photo-" + (chosen.fileUniqueId() == null ? "telegram" : chosen.fileUniqueId()) + ".jpg"));
    }

    private static InboundMessage.FileReference file(String fileId, long declaredSize, String name) {
        return new InboundMessage.FileReference(name, declaredSize, fileId);
    }
}
