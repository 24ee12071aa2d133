package org.supportdesk.appeal;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fetches the files a platform keeps for a message once the message is committed, on a worker of
 * its own: the webhook has answered the platform by then, so a slow file server cannot make the
 * platform deliver the message again. One worker, first come first served: a customer's files
 * arrive in the order they sent them. A file that cannot be fetched or kept leaves staff a note
 * saying which and why.
 */
@Component
class InboundFiles implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InboundFiles.class);
    /** Messages waiting for their files; beyond this a file is noted as not kept rather than queued. */
    private static final int QUEUE = 1_000;

    private final ConversationRepository conversation;
    private final UploadPolicy uploads;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExecutorService worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(QUEUE), new CustomizableThreadFactory("inbound-files-"));

    InboundFiles(ConversationRepository conversation, UploadPolicy uploads, PlatformTransactionManager transactions,
                 Clock clock) {
        this.conversation = conversation;
        this.uploads = uploads;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** After the caller's transaction commits, the files are fetched and kept with the appeal (and message). */
    void fetchAfterCommit(long appealId, Long messageId, List<InboundMessage.FileReference> files) {
        if (files.isEmpty()) {
            return;
        }
        List<InboundMessage.FileReference> copy = List.copyOf(files);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    worker.execute(() -> fetchAll(appealId, messageId, copy));
                } catch (RejectedExecutionException full) {
                    log.warn("Appeal {}: {} file(s) not fetched, the queue of files is full", appealId, copy.size());
                    copy.forEach(file -> noteNotKept(appealId, file.fileName(), "the desk was too busy"));
                }
            }
        });
    }

    private void fetchAll(long appealId, Long messageId, List<InboundMessage.FileReference> files) {
        for (InboundMessage.FileReference file : files) {
            try {
                fetch(appealId, messageId, file);
            } catch (RuntimeException e) {
                log.warn("Appeal {}: file {} not kept: {}", appealId, file.fileName(), e.toString());
                try {
                    noteNotKept(appealId, file.fileName(), e.getClass().getSimpleName());
                } catch (RuntimeException noteFailed) {
                    // the database is away: the warning above is all that is left of it
                    log.warn("Appeal {}: no note for file {}: {}", appealId, file.fileName(), noteFailed.toString());
                }
            }
        }
    }

    private void fetch(long appealId, Long messageId, InboundMessage.FileReference file) {
        InboundMessage.Fetched fetched = file.source().fetch(uploads.maxFileBytes());
        if (!fetched.succeeded()) {
            noteNotKept(appealId, file.fileName(), fetched.failure());
            return;
        }
        StoredFile checked;
        try {
            checked = uploads.check(file.fileName(), fetched.content());
        } catch (InvalidRequestException refused) {
            noteNotKept(appealId, file.fileName(), refused.getMessage());
            return;
        }
        transaction.executeWithoutResult(status ->
                conversation.insertAttachment(appealId, messageId, checked, clock.instant()));
    }

    /** Staff read why a file the customer sent is missing, in both languages. */
    private void noteNotKept(long appealId, String fileName, String why) {
        transaction.executeWithoutResult(status -> conversation.insertMessage(appealId,
                AppealMessage.Direction.INBOUND, MessageKind.NOTE, null, Visibility.INTERNAL,
                "File not kept: " + fileName + " (" + why + ") / Файл не сохранён: " + fileName + " (" + why + ")",
                clock.instant()));
    }

    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
