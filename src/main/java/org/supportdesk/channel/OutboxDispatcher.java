package org.supportdesk.channel;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.AppealInbox;
import org.supportdesk.system.DatabaseOutage;

/**
 * Delivers the outbox: each due message is claimed with a lease, sent outside any transaction,
 * then marked sent, rescheduled with a doubling wait, or failed (shown to staff and counted in
 * {@code supportdesk.outbox.failed}).
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final String COMPONENT = "outbox";

    private final OutboxRepository outbox;
    private final ChannelSenders senders;
    private final AppealInbox inbox;
    private final OutboxSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;
    private final DatabaseOutage outage;

    OutboxDispatcher(OutboxRepository outbox, ChannelSenders senders, AppealInbox inbox,
                     OutboxSettings settings, Clock clock, MeterRegistry meters, DatabaseOutage outage) {
        this.outbox = outbox;
        this.senders = senders;
        this.inbox = inbox;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
        this.outage = outage;
        Gauge.builder("supportdesk.outbox.failing", () -> outbox.count(OutboxEntry.Status.FAILED))
                .description("Messages to customers that could not be delivered")
                .register(meters);
    }

    /**
     * While the database is away the poll ends quietly (the outage is logged once, by
     * {@link DatabaseOutage}) and the next one tries again; a message claimed but not marked when the
     * database went away is sent again once its lease runs out.
     */
    @Scheduled(fixedDelayString = "${supportdesk.outbox.poll-interval}")
    void deliverDue() {
        try {
            Instant now = clock.instant();
            List<Long> due = outbox.due(now, settings.batchSize());
            outage.succeeded(COMPONENT);
            for (long id : due) {
                if (outbox.claim(id, now, now.plus(settings.lease()))) {
                    outbox.find(id).ifPresent(this::deliver);
                }
            }
        } catch (RuntimeException e) {
            if (!outage.failed(COMPONENT, e)) {
                throw e;
            }
        }
    }

    void deliver(OutboxEntry entry) {
        int attempt = entry.attempts() + 1;
        Optional<ChannelSender> sender = senders.sender(entry.channel());
        if (sender.isEmpty()) {
            fail(entry, attempt, "channel " + entry.channel() + " is not configured");
            return;
        }
        try {
            String platformId = sender.get().send(message(entry));
            outbox.markSent(entry.id(), attempt, platformId, clock.instant());
            counter("supportdesk.outbox.delivered", entry).increment();
        } catch (DeliveryException e) {
            failedAttempt(entry, attempt, e.getMessage(), e.retryable());
        } catch (RuntimeException e) {
            log.warn("Delivering outbox message {} failed unexpectedly", entry.id(), e);
            failedAttempt(entry, attempt, e.getClass().getSimpleName() + ": " + e.getMessage(), true);
        }
    }

    private void failedAttempt(OutboxEntry entry, int attempt, String error, boolean retryable) {
        if (retryable && attempt < settings.maxAttempts()) {
            Instant next = clock.instant().plus(settings.retryAfter(attempt));
            log.info("{} message {} not delivered (attempt {}), next try at {}: {}", entry.channel(), entry.id(),
                    attempt, next, error);
            outbox.reschedule(entry.id(), attempt, next, error);
            counter("supportdesk.outbox.retried", entry).increment();
        } else {
            fail(entry, attempt, error);
        }
    }

    private void fail(OutboxEntry entry, int attempt, String error) {
        log.warn("{} message {} for {} {} failed after {} attempt(s): {}", entry.channel(), entry.id(),
                entry.kind().reference(), entry.reference(), attempt, error);
        outbox.markFailed(entry.id(), attempt, error);
        counter("supportdesk.outbox.failed", entry).increment();
    }

    private OutboundMessage message(OutboxEntry entry) {
        List<String> received = entry.appealId() == null
                ? List.of() : inbox.deliveryIdsOf(entry.channel(), entry.appealId());
        List<String> sent = entry.appealId() == null
                ? List.of() : outbox.sentPlatformIds(entry.appealId(), entry.channel());
        List<OutboundMessage.Document> documents = new ArrayList<>();
        if (entry.appealMessageId() != null) {
            documents.addAll(outbox.filesOfMessage(entry.appealMessageId()));
        }
        if (entry.documentName() != null) {
            outbox.document(entry.id()).ifPresent(documents::add);
        }
        return new OutboundMessage(entry.id(), entry.deliveryKey(), entry.reference(), entry.recipient(),
                entry.kind(), entry.subject(), entry.body(), entry.language(), received, sent, entry.replyTo(),
                documents);
    }

    private Counter counter(String name, OutboxEntry entry) {
        return Counter.builder(name).tag("channel", entry.channel().name()).register(meters);
    }
}
