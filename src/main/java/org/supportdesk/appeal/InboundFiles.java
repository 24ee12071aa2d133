package org.supportdesk.appeal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supportdesk.appeal.InboundFileQueue.QueuedFile;
import org.supportdesk.appeal.InboundMessage.Failure;
import org.supportdesk.appeal.InboundMessage.Fetched;
import org.supportdesk.system.DatabaseOutage;
import org.supportdesk.vocabulary.Channel;

/**
 * Fetches the files a platform keeps for a message. They are queued in the message's own
 * transaction ({@code inbound_file}) and fetched once it commits, on a worker of its own: the webhook
 * has answered the platform by then, so a slow file server cannot make the platform deliver the
 * message again. What a stop or crash left queued is fetched at the next start or poll, by whichever
 * node claims it. A file the platform does not give out is tried again later, with a doubling wait;
 * one that cannot be fetched or kept leaves staff a note saying which and why.
 */
@Component
class InboundFiles implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InboundFiles.class);
    private static final String COMPONENT = "inbound files";
    private static final int BATCH = 20;
    /** Then 1, 2, 4, 8 minutes: a platform's file server away for a quarter of an hour loses nothing. */
    static final int MAX_ATTEMPTS = 6;
    /** Longer than getFile plus a download may take (two read timeouts). */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final InboundFileQueue queue;
    private final ConversationRepository conversation;
    private final UploadPolicy uploads;
    private final Map<Channel, InboundMessage.FileSource> sources = new EnumMap<>(Channel.class);
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DatabaseOutage outage;
    private final Duration firstRetryAfter;
    /** One drain at a time and one waiting: a wake while both are taken is covered by the waiting one. */
    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1), new CustomizableThreadFactory("inbound-files-"),
            new ThreadPoolExecutor.DiscardPolicy());

    InboundFiles(InboundFileQueue queue, ConversationRepository conversation, UploadPolicy uploads,
                 List<InboundMessage.FileSource> sources, PlatformTransactionManager transactions, Clock clock,
                 DatabaseOutage outage,
                 @Value("${supportdesk.inbound-files.first-retry-after}") Duration firstRetryAfter) {
        this.queue = queue;
        this.conversation = conversation;
        this.uploads = uploads;
        sources.forEach(source -> source.channels().forEach(channel -> this.sources.put(channel, source)));
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.outage = outage;
        this.firstRetryAfter = firstRetryAfter;
    }

    /** Queues the files in the caller's transaction; they are fetched once it commits. */
    void queue(long appealId, Long messageId, Channel channel, List<InboundMessage.FileReference> files) {
        if (files.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        files.forEach(file -> queue.add(appealId, messageId, channel, file, now));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    /** At start (what an earlier run left), after each message with files, and now and then for retries. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${supportdesk.inbound-files.poll-interval}")
    void wake() {
        worker.execute(this::fetchDue);
    }

    /** Until nothing is due: each row fetched leaves the due ones (kept, given up, retried later or taken over). */
    void fetchDue() {
        try {
            List<Long> due;
            do {
                Instant now = clock.instant();
                due = queue.due(now, BATCH);
                outage.succeeded(COMPONENT);
                Instant lease = now.plus(LEASE).truncatedTo(ChronoUnit.MILLIS);
                for (long id : due) {
                    queue.claim(id, now, lease).ifPresent(file -> fetch(file, lease));
                }
            } while (!due.isEmpty());
        } catch (RuntimeException e) {
            if (!outage.failed(COMPONENT, e)) {
                log.warn("Fetching inbound files failed; the next poll tries again", e);
            }
        }
    }

    private void fetch(QueuedFile file, Instant lease) {
        Fetched fetched = fetched(file);
        Failure why = fetched.succeeded() ? keep(file, lease, fetched.content()) : fetched.failure();
        int attempt = file.attempts() + 1;
        if (why == null) {
            return;
        }
        if (why.retryable() && attempt < MAX_ATTEMPTS) {
            log.info("Appeal {}: file {} not fetched (attempt {}), trying again later", file.appealId(),
                    file.fileName(), attempt);
            queue.retryLater(file.id(), attempt, lease, clock.instant().plus(retryAfter(attempt)), why);
            return;
        }
        log.warn("Appeal {}: file {} not kept: {}", file.appealId(), file.fileName(), why);
        transaction.executeWithoutResult(status -> {
            if (queue.giveUp(file.id(), attempt, lease, why)) {
                conversation.insertMessage(file.appealId(), AppealMessage.Direction.INBOUND, MessageKind.NOTE, null,
                        Visibility.INTERNAL, why.note(file.fileName()), clock.instant());
            }
        });
    }

    private Fetched fetched(QueuedFile file) {
        InboundMessage.FileSource source = sources.get(file.channel());
        if (source == null) {
            return Fetched.failed(Failure.NO_ADDRESS);
        }
        try {
            return source.fetch(file.reference(), uploads.maxFileBytes());
        } catch (RuntimeException e) {
            log.warn("Appeal {}: fetching file {} failed unexpectedly", file.appealId(), file.fileName(), e);
            return Fetched.failed(Failure.UNAVAILABLE);
        }
    }

    /**
     * Keeps the file and ends its row in one transaction, so it is kept once even when the lease ran
     * out meanwhile; or says why the upload rules refuse it.
     */
    private Failure keep(QueuedFile file, Instant lease, byte[] content) {
        StoredFile checked;
        try {
            checked = uploads.check(file.fileName(), content);
        } catch (InvalidRequestException refused) {
            return Failure.refused(content, uploads.maxFileBytes());
        }
        transaction.executeWithoutResult(status -> {
            if (queue.remove(file.id(), lease)) {
                conversation.insertAttachment(file.appealId(), file.messageId(), checked, clock.instant());
            }
        });
        return null;
    }

    /** 30 s, then doubling (with the default first wait). */
    Duration retryAfter(int attemptsSoFar) {
        return firstRetryAfter.multipliedBy(1L << Math.min(attemptsSoFar - 1, 10));
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
