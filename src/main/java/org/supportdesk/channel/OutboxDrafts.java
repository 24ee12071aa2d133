package org.supportdesk.channel;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.CustomerMessageWritten;
import org.supportdesk.managedservices.QuoteIssued;
import org.supportdesk.notification.NoticeQueued;
import org.supportdesk.outbox.Draft;
import org.supportdesk.outbox.DraftKind;
import org.supportdesk.outbox.Outbox;
import org.supportdesk.vocabulary.Channel;

/**
 * Routes what the features write for customers to the channels configured here and queues it. The
 * events are published inside the writing transaction and a plain listener runs in it, so each
 * draft is queued with the message or not at all (the outbox refuses to queue outside one).
 */
@Component
class OutboxDrafts {

    private static final Logger log = LoggerFactory.getLogger(OutboxDrafts.class);

    private final ChannelSenders senders;
    private final Outbox outbox;

    OutboxDrafts(ChannelSenders senders, Outbox outbox) {
        this.senders = senders;
        this.outbox = outbox;
    }

    /** A message of an appeal, to where the customer wrote from (mail for the web form and phone). */
    @EventListener
    void appealMessage(CustomerMessageWritten written) {
        senders.routeFor(written.channel(), written.channelAddress(), written.contactEmail())
                .ifPresent(route -> outbox.enqueue(new Draft(written.kind(), written.reference(), route.channel(),
                        route.recipient(), written.language(), written.subject(), written.body())));
    }

    /**
     * A notification's notices, in one batch. A contact whose preferred channel is not configured here
     * is skipped and logged; the others still get theirs.
     */
    @EventListener
    void notices(NoticeQueued queued) {
        List<Draft> drafts = new ArrayList<>(queued.notices().size());
        for (NoticeQueued.Notice notice : queued.notices()) {
            if (senders.sender(notice.channel()).isPresent()) {
                drafts.add(new Draft(queued.kind(), Draft.Reference.notification(queued.notificationNumber()),
                        notice.channel(), notice.address(), notice.language(), notice.subject(), notice.body()));
            }
        }
        outbox.enqueueAll(drafts);
        if (drafts.size() < queued.notices().size()) {
            log.warn("{}: {} notice(s) not queued, their contacts prefer a channel that is not configured",
                    queued.notificationNumber(), queued.notices().size() - drafts.size());
        }
    }

    /** The mail that carries an issued quote, answers going to sales when a sales address is set. */
    @EventListener
    void quote(QuoteIssued quote) {
        if (senders.sender(Channel.MAIL).isEmpty()) {
            return;
        }
        String replyTo = quote.replyTo() == null || quote.replyTo().isBlank() ? null : quote.replyTo().strip();
        outbox.enqueue(new Draft(DraftKind.QUOTE, Draft.Reference.costRequest(quote.requestNumber()), Channel.MAIL,
                quote.contactEmail(), quote.language(), quote.subject(), quote.body(), replyTo,
                new Draft.Document(quote.fileName(), "application/pdf", quote.pdf())));
    }
}
