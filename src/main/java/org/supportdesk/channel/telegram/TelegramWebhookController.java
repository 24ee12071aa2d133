package org.supportdesk.channel.telegram;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
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
    private final TelegramBotApi api;
    private final AppealInbox inbox;
    private final ObjectMapper json;

    TelegramWebhookController(TelegramSettings settings, TelegramBotApi api, AppealInbox inbox, ObjectMapper json) {
        this.settings = settings;
        this.api = api;
        this.inbox = inbox;
        this.json = json;
    }

    @PostMapping("/webhooks/telegram")
    ResponseEntity<Void> update(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
                                @RequestBody(required = false) byte[] body) {
        JsonNode update = WebhookGuard.open(settings.enabled(), WebhookGuard.sameSecret(settings.secretToken(), secret),
                "wrong or missing " + SECRET_HEADER, json, body, "Telegram Update");
        JsonNode message = update.path("message");
        if (update.has("update_id") && !WebhookGuard.isIdentifier(update.path("update_id"))) {
            throw WebhookGuard.invalidField("update_id", "a whole number");
        }
        if (!update.hasNonNull("update_id") || message.isMissingNode() || message.path("from").path("is_bot").asBoolean()) {
            // edited messages, channel posts, other bots: nothing for support
            return ResponseEntity.ok().build();
        }
        JsonNode chat = message.path("chat").path("id");
        if (!WebhookGuard.isIdentifier(chat)) {
            // an appeal without a chat could never be answered; Telegram must not redeliver it either
            log.warn("Telegram update {} has no usable chat id; acknowledged, nothing taken in",
                    update.path("update_id").asText());
            return ResponseEntity.ok().build();
        }
        List<InboundMessage.FileReference> files = new ArrayList<>();
        StringBuilder text = new StringBuilder(message.path("text").asText(message.path("caption").asText("")));
        if (isStartCommand(text)) {
            text.setLength(0);
        }
        readDocument(message.path("document"), files);
        readPhoto(message.path("photo"), files, text);
        InboundOutcome outcome = inbox.receive(InboundMessage.chat(Channel.TELEGRAM,
                update.path("update_id").asText(), chat.asText(), senderName(message),
                text.toString(), files));
        log.debug("Telegram update {}: {}", update.path("update_id").asText(), outcome);
        return ResponseEntity.ok().build();
    }

    /** "/start" is what the Telegram app sends when a customer opens the bot; it is no appeal. */
    private static boolean isStartCommand(CharSequence text) {
        String value = text.toString().strip();
        return value.equals("/start") || value.startsWith("/start ");
    }

    private void readDocument(JsonNode document, List<InboundMessage.FileReference> files) {
        if (document.isMissingNode()) {
            return;
        }
        String name = document.path("file_name").asText("document");
        files.add(file(document.path("file_id").asText(), document.path("file_size").asLong(0), name));
    }

    /** Telegram sends every size of a photo, smallest first: the largest that fits our limit. */
    private void readPhoto(JsonNode sizes, List<InboundMessage.FileReference> files, StringBuilder text) {
        if (!sizes.isArray() || sizes.isEmpty()) {
            return;
        }
        JsonNode chosen = null;
        for (JsonNode size : sizes) {
            if (size.path("file_size").asLong(0) <= inbox.maxFileBytes()) {
                chosen = size;
            }
        }
        if (chosen == null) {
            text.append("\n[file not kept: photo - larger than allowed]");
            return;
        }
        files.add(file(chosen.path("file_id").asText(), chosen.path("file_size").asLong(0),
                "photo-" + chosen.path("file_unique_id").asText("telegram") + ".jpg"));
    }

    private InboundMessage.FileReference file(String fileId, long declaredSize, String name) {
        return new InboundMessage.FileReference(name, declaredSize,
                maxBytes -> WebhookGuard.fetched(api.download(fileId, maxBytes)));
    }

    private static String senderName(JsonNode message) {
        JsonNode from = message.path("from");
        String name = (from.path("first_name").asText("") + " " + from.path("last_name").asText("")).strip();
        String username = from.path("username").asText("");
        if (!username.isEmpty()) {
            name = name.isEmpty() ? "@" + username : name + " (@" + username + ")";
        }
        return name.isEmpty() ? null : name;
    }
}
