package org.supportdesk.channel.telegram;

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
import org.supportdesk.appeal.InboundMessage;
import org.supportdesk.appeal.InboundMessage.Failure;
import org.supportdesk.channel.ChannelSender;
import org.supportdesk.channel.DeliveryException;
import org.supportdesk.channel.OutboundMessage;
import org.supportdesk.channel.PlatformHttp;
import org.supportdesk.vocabulary.Channel;

/**
 * The Bot API methods we call. Replies go into the customer's chat with sendMessage, long texts in
 * parts of Telegram's 4,096 characters; files follow with sendDocument, each captioned with the
 * appeal number. getFile plus the file download make it the channel's source of the files customers send.
 */
@Component
class TelegramBotApi implements ChannelSender, InboundMessage.FileSource {

    static final int MAX_TEXT = 4096;

    private final TelegramSettings settings;
    private final PlatformHttp http;
    private final RestClient client;

    TelegramBotApi(TelegramSettings settings, PlatformHttp http) {
        this.settings = settings;
        this.http = http;
        this.client = http.client(settings.apiUrl());
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public String send(OutboundMessage message) {
        long last = 0;
        for (String part : message.textInParts(MAX_TEXT)) {
            last = sendMessage(message.recipient(), part);
        }
        for (OutboundMessage.Document document : message.documents()) {
            last = sendDocument(message.recipient(), document,
                    message.reference() == null ? null : "[" + message.reference() + "]");
        }
        return Long.toString(last);
    }

    /** Returns the message_id Telegram gave the sent message. */
    long sendMessage(String chatId, String text) {
        JsonNode result = call("sendMessage", Map.of("chat_id", chatId, "text", text));
        return result.path("message_id").asLong();
    }

    /** Sends a file into the chat (sendDocument, multipart); returns the message_id Telegram gave it. */
    long sendDocument(String chatId, OutboundMessage.Document document, String caption) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("chat_id", chatId);
        if (caption != null) {
            form.add("caption", caption);
        }
        form.add("document", PlatformHttp.filePart(document));
        return call("sendDocument", MediaType.MULTIPART_FORM_DATA, form).path("message_id").asLong();
    }

    @Override
    public Set<Channel> channels() {
        return Set.of(Channel.TELEGRAM);
    }

    /** A file by its file_id: getFile, then the download; or why not (too large, gone). */
    @Override
    public InboundMessage.Fetched fetch(String fileId, long maxBytes) {
        JsonNode file;
        try {
            file = call("getFile", Map.of("file_id", fileId));
        } catch (DeliveryException e) {
            return InboundMessage.Fetched.failed(e.retryable() ? Failure.UNAVAILABLE : Failure.GONE);
        }
        String path = file.path("file_path").asText(null);
        if (path == null) {
            return InboundMessage.Fetched.failed(Failure.GONE);
        }
        return http.fetch(settings.apiUrl() + "/file/bot" + settings.botToken() + "/" + path, maxBytes);
    }

    private JsonNode call(String method, Map<String, Object> parameters) {
        return call(method, MediaType.APPLICATION_JSON, parameters);
    }

    private JsonNode call(String method, MediaType type, Object parameters) {
        JsonNode answer;
        try {
            answer = client.post()
                    .uri("/bot{token}/{method}", settings.botToken(), method)
                    .contentType(type)
                    .body(parameters)
                    .retrieve()
                    .body(JsonNode.class);
        } catch (RestClientResponseException e) {
            throw DeliveryException.forHttpStatus(e.getStatusCode().value(), description(e));
        } catch (ResourceAccessException e) {
            // the exception's own message holds the URL, and the URL holds the bot token
            throw new DeliveryException("Telegram unreachable: " + e.getMostSpecificCause().getClass().getSimpleName(),
                    true);
        }
        if (answer == null || !answer.path("ok").asBoolean(false)) {
            int code = answer == null ? 502 : answer.path("error_code").asInt(502);
            throw DeliveryException.forHttpStatus(code, answer == null ? null : answer.path("description").asText(null));
        }
        return answer.path("result");
    }

    /** Telegram explains errors in the body: {"ok":false,"error_code":403,"description":"..."}. */
    private static String description(RestClientResponseException e) {
        try {
            JsonNode body = e.getResponseBodyAs(JsonNode.class);
            return body == null ? null : body.path("description").asText(null);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
