package org.supportdesk.channel;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
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

    record Route(Channel channel, String recipient) {
    }

    /** Where replies to an appeal that came in on {@code channel} from {@code channelAddress} go. */
    Optional<Route> routeFor(Channel channel, String channelAddress, String contactEmail) {
        Route route = switch (channel) {
            case TELEGRAM, VK, FACEBOOK -> channelAddress == null ? null : new Route(channel, channelAddress);
            case MAIL, FEEDBACK_FORM, PHONE -> {
                String address = channelAddress != null ? channelAddress : contactEmail;
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
