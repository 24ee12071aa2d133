package org.supportdesk.channel.telegram;

import org.springframework.stereotype.Component;
import org.supportdesk.channel.ChannelSender;
import org.supportdesk.channel.OutboundMessage;
import org.supportdesk.vocabulary.Channel;

/**
 * Replies into the customer's chat with sendMessage, long texts in parts of Telegram's 4,096
 * characters; files follow with sendDocument, each captioned with the appeal number.
 */
@Component
class TelegramSender implements ChannelSender {

    static final int MAX_TEXT = 4096;

    private final TelegramSettings settings;
    private final TelegramBotApi api;

    TelegramSender(TelegramSettings settings, TelegramBotApi api) {
        this.settings = settings;
        this.api = api;
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
            last = api.sendMessage(message.recipient(), part);
        }
        for (OutboundMessage.Document document : message.documents()) {
            last = api.sendDocument(message.recipient(), document,
                    message.reference() == null ? null : "[" + message.reference() + "]");
        }
        return Long.toString(last);
    }
}
