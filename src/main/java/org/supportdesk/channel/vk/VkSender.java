package org.supportdesk.channel.vk;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.supportdesk.channel.ChannelSender;
import org.supportdesk.channel.OutboundMessage;
import org.supportdesk.vocabulary.Channel;

/**
 * Replies to the customer's VK conversation; the random_id comes from the outbox id, so retries are
 * idempotent. Files go as VK documents attached to the same message.
 */
@Component
class VkSender implements ChannelSender {

    /** VK's limit for one message. */
    static final int MAX_TEXT = 4096;

    private final VkSettings settings;
    private final VkApi api;

    VkSender(VkSettings settings, VkApi api) {
        this.settings = settings;
        this.api = api;
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
            attachments.add(api.uploadDocument(message.recipient(), document));
        }
        return Long.toString(api.sendMessage(message.recipient(), text, randomId(message.id()), attachments));
    }

    /** A positive int32 that is the same on every retry of one outbox message and differs between messages. */
    static int randomId(long outboxId) {
        return (int) (outboxId % Integer.MAX_VALUE) + 1;
    }
}
