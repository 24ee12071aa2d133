package org.supportdesk.channel;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.CustomerMessageWritten;

/**
 * Queues every message for the customer in the transaction that wrote it (a plain event listener
 * runs inside the publisher's transaction): the message and its delivery commit together or not at all.
 */
@Component
class OutboxWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChannelSenders senders;
    private final OutboxRepository outbox;
    private final Clock clock;

    OutboxWriter(ChannelSenders senders, OutboxRepository outbox, Clock clock) {
        this.senders = senders;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void queue(CustomerMessageWritten written) {
        Appeal appeal = written.appeal();
        senders.routeFor(appeal).ifPresent(route -> outbox.insert(new OutboxRepository.NewEntry(appeal.id(),
                written.messageId(), route.channel(), route.recipient(), written.kind().name(), appeal.subject(),
                written.body(), appeal.language(), newDeliveryKey(), clock.instant())));
    }

    private static String newDeliveryKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
