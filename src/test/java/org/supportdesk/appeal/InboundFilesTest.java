package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Platform files are fetched only once the message is committed; what cannot be kept leaves staff a note. */
class InboundFilesTest {

    private final ConversationRepository conversation = mock(ConversationRepository.class);
    private final UploadPolicy uploads = mock(UploadPolicy.class);
    private final InboundFiles files = new InboundFiles(conversation, uploads, mock(PlatformTransactionManager.class),
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void nothingIsFetchedBeforeTheCommitAndEveryFileIsKeptOrExplainedAfterIt() throws Exception {
        when(uploads.maxFileBytes()).thenReturn(1_000L);
        StoredFile stored = mock(StoredFile.class);
        when(uploads.check(eq("log.txt"), any())).thenReturn(stored);
        when(uploads.check(eq("tool.exe"), any())).thenThrow(new InvalidRequestException("attachments",
                "file tool.exe is not an allowed type"));
        List<String> fetched = new java.util.concurrent.CopyOnWriteArrayList<>();
        InboundMessage.FileReference log = reference("log.txt", fetched, InboundMessage.Fetched.of(
                "started".getBytes(StandardCharsets.UTF_8)));
        InboundMessage.FileReference gone = reference("gone.png", fetched, InboundMessage.Fetched.failed("HTTP 404"));
        InboundMessage.FileReference tool = reference("tool.exe", fetched, InboundMessage.Fetched.of(new byte[] {1}));

        TransactionSynchronizationManager.initSynchronization();
        List<TransactionSynchronization> registered;
        try {
            files.fetchAfterCommit(7L, 55L, List.of(log, gone, tool));
            registered = TransactionSynchronizationManager.getSynchronizations();
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(fetched).isEmpty();

        registered.forEach(TransactionSynchronization::afterCommit);
        files.destroy();

        assertThat(fetched).containsExactly("log.txt", "gone.png", "tool.exe");
        verify(conversation).insertAttachment(eq(7L), eq(55L), eq(stored), any());
        ArgumentCaptor<String> notes = ArgumentCaptor.forClass(String.class);
        verify(conversation, org.mockito.Mockito.times(2)).insertMessage(eq(7L), eq(AppealMessage.Direction.INBOUND),
                eq(MessageKind.NOTE), eq(null), eq(Visibility.INTERNAL), notes.capture(), any());
        assertThat(notes.getAllValues()).containsExactly(
                "File not kept: gone.png (HTTP 404) / Файл не сохранён: gone.png (HTTP 404)",
                "File not kept: tool.exe (file tool.exe is not an allowed type) / Файл не сохранён: tool.exe"
                        + " (file tool.exe is not an allowed type)");
    }

    @Test
    void aMessageWithoutPlatformFilesRegistersNothing() {
        files.fetchAfterCommit(7L, null, List.of());

        verify(uploads, never()).check(anyString(), any());
    }

    private static InboundMessage.FileReference reference(String name, List<String> fetched,
                                                          InboundMessage.Fetched result) {
        return new InboundMessage.FileReference(name, 0, maxBytes -> {
            fetched.add(name);
            return result;
        });
    }
}
