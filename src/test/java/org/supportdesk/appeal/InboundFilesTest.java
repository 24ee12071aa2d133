package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.supportdesk.appeal.InboundFileQueue.QueuedFile;
import org.supportdesk.appeal.InboundMessage.Failure;
import org.supportdesk.appeal.InboundMessage.Fetched;
import org.supportdesk.system.DatabaseOutage;
import org.supportdesk.vocabulary.Channel;

/**
 * Platform files are queued with the message and fetched only once it is committed; a file the
 * platform does not give out is tried again later; what cannot be kept leaves staff a note in both
 * languages.
 */
class InboundFilesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LEASE = NOW.plus(Duration.ofMinutes(2));

    private final InboundFileQueue queue = mock(InboundFileQueue.class);
    private final ConversationRepository conversation = mock(ConversationRepository.class);
    private final UploadPolicy uploads = mock(UploadPolicy.class);
    private final InboundMessage.FileSource telegram = mock(InboundMessage.FileSource.class);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InboundFiles files;

    InboundFilesTest() {
        when(telegram.channels()).thenReturn(java.util.Set.of(Channel.TELEGRAM));
        when(uploads.maxFileBytes()).thenReturn(1_000L);
        files = new InboundFiles(queue, conversation, uploads, List.of(telegram),
                mock(PlatformTransactionManager.class), clock, new DatabaseOutage(clock), Duration.ofSeconds(30));
    }

    @Test
    void filesAreQueuedInTheCallersTransactionAndFetchedOnlyAfterItCommits() throws Exception {
        InboundMessage.FileReference log = new InboundMessage.FileReference("log.txt", 0, "ref-1");
        QueuedFile queued = file(1, "log.txt", 0);
        when(queue.due(any(), anyInt())).thenReturn(List.of(1L), List.of());
        when(queue.claim(eq(1L), any(), any())).thenReturn(Optional.of(queued));
        byte[] content = "started".getBytes(StandardCharsets.UTF_8);
        when(telegram.fetch("ref-1", 1_000L)).thenReturn(Fetched.of(content));
        StoredFile stored = new StoredFile("log.txt", "text/plain", content);
        when(uploads.check("log.txt", content)).thenReturn(stored);
        when(queue.remove(1L, LEASE)).thenReturn(true);

        TransactionSynchronizationManager.initSynchronization();
        List<TransactionSynchronization> registered;
        try {
            files.queue(7L, 55L, Channel.TELEGRAM, List.of(log));
            registered = TransactionSynchronizationManager.getSynchronizations();
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        verify(queue).add(7L, 55L, Channel.TELEGRAM, log, NOW);
        verify(telegram, never()).fetch(anyString(), anyLong());

        registered.forEach(TransactionSynchronization::afterCommit);
        files.destroy();

        verify(conversation).insertAttachment(7L, 55L, stored, NOW);
    }

    @Test
    void aMessageWithoutPlatformFilesQueuesNothing() {
        files.queue(7L, null, Channel.TELEGRAM, List.of());

        verify(queue, never()).add(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aFileThePlatformDoesNotGiveOutIsTriedAgainWithADoublingWait() {
        due(file(1, "a.png", 0), file(2, "b.png", 1));
        when(telegram.fetch(anyString(), anyLong())).thenReturn(Fetched.failed(Failure.UNAVAILABLE));

        files.fetchDue();

        verify(queue).retryLater(1L, 1, LEASE, NOW.plusSeconds(30), Failure.UNAVAILABLE);
        verify(queue).retryLater(2L, 2, LEASE, NOW.plusSeconds(60), Failure.UNAVAILABLE);
        verify(queue, never()).giveUp(anyLong(), anyInt(), any(), any());
        verify(conversation, never()).insertMessage(anyLong(), any(), any(), any(), any(), anyString(), any());
    }

    @Test
    void whatCannotBeKeptLeavesANoteInBothLanguages() {
        due(file(1, "late.png", InboundFiles.MAX_ATTEMPTS - 1), file(2, "gone.png", 0), file(3, "tool.exe", 0));
        when(telegram.fetch(eq("ref-1"), anyLong())).thenReturn(Fetched.failed(Failure.UNAVAILABLE));
        when(telegram.fetch(eq("ref-2"), anyLong())).thenReturn(Fetched.failed(Failure.ofHttpStatus(404)));
        when(telegram.fetch(eq("ref-3"), anyLong())).thenReturn(Fetched.of(new byte[] {1}));
        when(uploads.check(eq("tool.exe"), any())).thenThrow(new InvalidRequestException("attachments", "refused"));
        when(queue.giveUp(anyLong(), anyInt(), eq(LEASE), any())).thenReturn(true);

        files.fetchDue();

        verify(queue).giveUp(1L, InboundFiles.MAX_ATTEMPTS, LEASE, Failure.UNAVAILABLE);
        verify(queue).giveUp(2L, 1, LEASE, Failure.GONE);
        verify(queue).giveUp(3L, 1, LEASE, Failure.TYPE_NOT_ALLOWED);
        verify(conversation).insertMessage(7L, AppealMessage.Direction.INBOUND, MessageKind.NOTE, null,
                Visibility.INTERNAL, "File not kept: late.png (the platform did not give it out)"
                        + " / Файл не сохранён: late.png (платформа его не отдала)", NOW);
        verify(conversation).insertMessage(7L, AppealMessage.Direction.INBOUND, MessageKind.NOTE, null,
                Visibility.INTERNAL, "File not kept: gone.png (no longer on the platform)"
                        + " / Файл не сохранён: gone.png (файла больше нет на платформе)", NOW);
        verify(conversation).insertMessage(7L, AppealMessage.Direction.INBOUND, MessageKind.NOTE, null,
                Visibility.INTERNAL, "File not kept: tool.exe (not an allowed type)"
                        + " / Файл не сохранён: tool.exe (недопустимый тип файла)", NOW);
        verify(conversation, never()).insertAttachment(anyLong(), any(), any(), any());
    }

    @Test
    void aRowAnotherWorkerTookOverIsNeitherKeptNorNotedTwice() {
        due(file(1, "log.txt", 0), file(2, "gone.png", 0));
        byte[] content = "started".getBytes(StandardCharsets.UTF_8);
        when(telegram.fetch(eq("ref-1"), anyLong())).thenReturn(Fetched.of(content));
        when(telegram.fetch(eq("ref-2"), anyLong())).thenReturn(Fetched.failed(Failure.GONE));
        when(uploads.check("log.txt", content)).thenReturn(new StoredFile("log.txt", "text/plain", content));

        files.fetchDue();

        verify(conversation, never()).insertAttachment(anyLong(), any(), any(), any());
        verify(conversation, never()).insertMessage(anyLong(), any(), any(), any(), any(), anyString(), any());
    }

    @Test
    void aFileOfAChannelWithoutASourceIsNotedAsHavingNoAddress() {
        due(new QueuedFile(1, 7L, null, Channel.VK, "photo.jpg", "https://vk.example/p.jpg", 0));
        when(queue.giveUp(anyLong(), anyInt(), any(), any())).thenReturn(true);

        files.fetchDue();

        verify(queue).giveUp(1L, 1, LEASE, Failure.NO_ADDRESS);
    }

    @Test
    void missingAndForbiddenFilesStayGoneWhileBusyOrFailingPlatformsAreAskedAgain() {
        assertThat(List.of(400, 403, 404, 410)).allSatisfy(status ->
                assertThat(Failure.ofHttpStatus(status)).isEqualTo(Failure.GONE));
        assertThat(List.of(408, 429, 500, 502, 503)).allSatisfy(status ->
                assertThat(Failure.ofHttpStatus(status)).isEqualTo(Failure.UNAVAILABLE));
    }

    private void due(QueuedFile... queued) {
        when(queue.due(any(), anyInt())).thenReturn(java.util.Arrays.stream(queued).map(QueuedFile::id).toList(),
                List.of());
        for (QueuedFile file : queued) {
            when(queue.claim(file.id(), NOW, LEASE)).thenReturn(Optional.of(file));
        }
    }

    private static QueuedFile file(long id, String name, int attempts) {
        return new QueuedFile(id, 7L, 55L, Channel.TELEGRAM, name, "ref-" + id, attempts);
    }
}
