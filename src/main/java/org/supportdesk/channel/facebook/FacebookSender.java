package org.supportdesk.channel.facebook;

import org.springframework.stereotype.Component;
import org.supportdesk.channel.ChannelSender;
import org.supportdesk.channel.OutboundMessage;
import org.supportdesk.vocabulary.Channel;

/** Replies in Messenger to the customer's page-scoped id; texts over 2,000 characters go in parts, files after them. */
@Component
class FacebookSender implements ChannelSender {

    static final int MAX_TEXT = 2000;

    private final FacebookSettings settings;
    private final FacebookSendApi api;

    FacebookSender(FacebookSettings settings, FacebookSendApi api) {
        this.settings = settings;
        this.api = api;
    }

    @Override
    public Channel channel() {
        return Channel.FACEBOOK;
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public String send(OutboundMessage message) {
        String last = null;
        for (String part : message.textInParts(MAX_TEXT)) {
            last = api.sendText(message.recipient(), part);
        }
        for (OutboundMessage.Document document : message.documents()) {
            last = api.sendFile(message.recipient(), document);
        }
        return last;
    }

}
