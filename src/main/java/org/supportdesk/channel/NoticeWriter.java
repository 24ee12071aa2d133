package org.supportdesk.channel;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.supportdesk.notification.NoticeQueued;

/**
 * Queues a notification's notices in the transaction that records them, in one batch. A contact
 * whose preferred channel is not configured here is skipped and logged; the others still get theirs.
 */
@Component
class NoticeWriter {

    private static final Logger log = LoggerFactory.getLogger(NoticeWriter.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChannelSenders senders;
    private final OutboxRepository outbox;
    private final Clock clock;

    NoticeWriter(ChannelSenders senders, OutboxRepository outbox, Clock clock) {
        this.senders = senders;
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void queue(NoticeQueued queued) {
        Instant now = clock.instant();
        List<OutboxRepository.NewEntry> entries = new ArrayList<>(queued.notices().size());
        int skipped = 0;
        for (NoticeQueued.Notice notice : queued.notices()) {
            if (senders.sender(notice.channel()).isEmpty()) {
                skipped++;
                continue;
            }
            entries.add(new OutboxRepository.NewEntry(null, null, notice.channel(), notice.address(), queued.kind(),
                    notice.subject(), notice.body(), notice.language(), newDeliveryKey(), now,
                    queued.notificationNumber(), null, null));
        }
        outbox.insertAll(entries);
        if (skipped > 0) {
            log.warn("{}: {} notice(s) not queued, their contacts prefer a channel that is not configured",
                    queued.notificationNumber(), skipped);
        }
    }

    private static String newDeliveryKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
