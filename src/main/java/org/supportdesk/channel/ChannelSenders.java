package org.supportdesk.channel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.vocabulary.Channel;

/**
 * The senders of all configured channels, and where an appeal's replies go: back to the chat or
 * mailbox it came from; for the feedback form and phone calls, to the contact e-mail if one was
 * given (the status page shows them in any case).
 */
@Component
public class ChannelSenders {

    private final Map<Channel, ChannelSender> byChannel = new EnumMap<>(Channel.class);

    ChannelSenders(List<ChannelSender> senders) {
        for (ChannelSender sender : senders) {
            byChannel.put(sender.channel(), sender);
        }
    }

    public record Route(Channel channel, String recipient) {
    }

    public Optional<Route> routeFor(Appeal appeal) {
        Route route = switch (appeal.channel()) {
            case TELEGRAM, VK, FACEBOOK -> appeal.channelAddress() == null
                    ? null : new Route(appeal.channel(), appeal.channelAddress());
            case MAIL, FEEDBACK_FORM, PHONE -> {
                String address = appeal.channelAddress() != null ? appeal.channelAddress() : appeal.contactEmail();
                yield address == null ? null : new Route(Channel.MAIL, address);
            }
        };
        return Optional.ofNullable(route).filter(r -> sender(r.channel()).isPresent());
    }

    /** The sender of a channel, if that channel is configured. */
    Optional<ChannelSender> sender(Channel channel) {
        return Optional.ofNullable(byChannel.get(channel)).filter(ChannelSender::enabled);
    }
}
