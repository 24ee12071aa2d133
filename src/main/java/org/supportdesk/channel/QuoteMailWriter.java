package org.supportdesk.channel;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.QuoteIssued;
import org.supportdesk.vocabulary.Channel;

/** Queues the mail that carries an issued quote, in the transaction that issued it. */
@Component
class QuoteMailWriter {

    static final String KIND = "QUOTE";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChannelSenders senders;
    private final OutboxRepository outbox;
    private final Clock clock;

    QuoteMailWriter(ChannelSenders senders, OutboxRepository outbox, Clock clock) {
        this.senders = senders;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void queue(QuoteIssued quote) {
        if (senders.sender(Channel.MAIL).isEmpty()) {
            return;
        }
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        outbox.insert(new OutboxRepository.NewEntry(null, null, Channel.MAIL, quote.contactEmail(), KIND,
                quote.subject(), quote.body(), quote.language(), HexFormat.of().formatHex(key), clock.instant(),
                quote.requestNumber(), blankToNull(quote.replyTo()),
                new OutboundMessage.Document(quote.fileName(), "application/pdf", quote.pdf())));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
