package org.supportdesk.channel;

import org.supportdesk.vocabulary.Channel;

/**
 * The one outbound port: delivers a message to the customer on one platform. Implementations
 * throw {@link DeliveryException} and say whether trying again can help.
 */
public interface ChannelSender {

    Channel channel();

    /** Configured (its secrets are set); an unconfigured channel gets nothing queued. */
    boolean enabled();

    /** Delivers the message; returns the platform's id of what it sent. */
    String send(OutboundMessage message);
}
