package org.supportdesk.channel.telegram;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
 * {@code POST /webhooks/telegram}: the Bot API's Update. The secret token is checked before the
 * body is even read; text or caption becomes the message, a document or the largest photo that
 * fits becomes an attachment. Every update Telegram sent us is answered 200 unless we failed, so
 * that Telegram retries exactly the ones we could not take.
 */
@RestController
class TelegramWebhookController {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TelegramSettings settings;
    private final TelegramBotApi api;
    private final ChannelInbox inbox;
    private final UploadPolicy uploads;
    private final ObjectMapper json;

    TelegramWebhookController(TelegramSettings settings, TelegramBotApi api, ChannelInbox inbox, UploadPolicy uploads,
                              ObjectMapper json) {
        this.settings = settings;
        this.api = api;
        this.inbox = inbox;
        this.uploads = uploads;
        this.json = json;
    }

    @PostMapping("/webhooks/telegram")
    ResponseEntity<Void> update(@RequestHeader(name = SECRET_HEADER, required = false) String secret,
                                @RequestBody(required = false) byte[] body) {
        WebhookGuard.requireEnabled(settings.enabled());
        if (!WebhookGuard.sameSecret(settings.secretToken(), secret)) {
            throw WebhookGuard.unauthorized("wrong or missing " + SECRET_HEADER);
        }
        JsonNode update = parse(body);
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
        List<IntakeCommand.Upload> files = new ArrayList<>();
        StringBuilder text = new StringBuilder(message.path("text").asText(message.path("caption").asText("")));
        if (isStartCommand(text)) {
            text.setLength(0);
        }
        readDocument(message.path("document"), files, text);
        readPhoto(message.path("photo"), files, text);
        InboundOutcome outcome = inbox.receive(InboundMessage.chat(Channel.TELEGRAM,
                update.path("update_id").asText(), chat.asText(), senderName(message),
                text.toString(), files));
        log.debug("Telegram update {}: {}", update.path("update_id").asText(), outcome);
        return ResponseEntity.ok().build();
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode update = body == null ? null : json.readTree(body);
            if (update == null || !update.isObject()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a Telegram Update");
            }
            return update;
        } catch (IOException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a Telegram Update");
        }
    }

    /** "/start" is what the Telegram app sends when a customer opens the bot; it is no appeal. */
    private static boolean isStartCommand(CharSequence text) {
        String value = text.toString().strip();
        return value.equals("/start") || value.startsWith("/start ");
    }

    private void readDocument(JsonNode document, List<IntakeCommand.Upload> files, StringBuilder text) {
        if (document.isMissingNode()) {
            return;
        }
        String name = document.path("file_name").asText("document");
        fetch(document.path("file_id").asText(), document.path("file_size").asLong(0), name, files, text);
    }

    /** Telegram sends every size of a photo, smallest first: the largest that fits our limit. */
    private void readPhoto(JsonNode sizes, List<IntakeCommand.Upload> files, StringBuilder text) {
        if (!sizes.isArray() || sizes.isEmpty()) {
            return;
        }
        JsonNode chosen = null;
        for (JsonNode size : sizes) {
            if (size.path("file_size").asLong(0) <= uploads.maxFileBytes()) {
                chosen = size;
            }
        }
        if (chosen == null) {
            text.append("\n[file not kept: photo - larger than allowed]");
            return;
        }
        fetch(chosen.path("file_id").asText(), chosen.path("file_size").asLong(0),
                "photo-" + chosen.path("file_unique_id").asText("telegram") + ".jpg", files, text);
    }

    private void fetch(String fileId, long declaredSize, String name, List<IntakeCommand.Upload> files,
                       StringBuilder text) {
        if (declaredSize > uploads.maxFileBytes()) {
            text.append("\n[file not kept: ").append(name).append(" - larger than allowed]");
            return;
        }
        PlatformHttp.Download download = api.download(fileId, uploads.maxFileBytes());
        if (download.succeeded()) {
            files.add(new IntakeCommand.Upload(name, download.content()));
        } else {
            text.append("\n[file not kept: ").append(name).append(" - ").append(download.failure()).append("]");
        }
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
