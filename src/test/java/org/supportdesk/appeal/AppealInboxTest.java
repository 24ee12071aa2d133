package org.supportdesk.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.supportdesk.outbox.SentMessages;
import org.supportdesk.vocabulary.Channel;

/** Threading and the text limit: which appeal a message continues, and what of it is kept. */
class AppealInboxTest {

    private static final String CHAT = "4711";

    private final InboundReceipts receipts = mock(InboundReceipts.class);
    private final SenderIdentities identities = mock(SenderIdentities.class);
    private final SentMessages sent = mock(SentMessages.class);
    private final Appeals appeals = mock(Appeals.class);
    private final AppealIntake intake = mock(AppealIntake.class);
    private final AppealConversation conversation = mock(AppealConversation.class);
    private final UploadPolicy uploads = mock(UploadPolicy.class);
    private final InboundFiles files = mock(InboundFiles.class);
    private final AppealInbox inbox = new AppealInbox(receipts, identities, sent, appeals, intake, conversation,
            uploads, files, mock(PlatformTransactionManager.class),
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void defaults() {
        when(uploads.maxFiles()).thenReturn(2);
        when(uploads.maxFileBytes()).thenReturn(1_000L);
        when(receipts.insert(any(), anyString(), any())).thenReturn(1L);
        when(receipts.appealOf(any(), anyList())).thenReturn(Optional.empty());
        when(sent.appealOf(anyList())).thenReturn(Optional.empty());
        when(identities.lockAndReadLogin(any(), anyString())).thenReturn(Optional.empty());
        when(appeals.findOpenOnChannel(any(), anyString())).thenReturn(Optional.empty());
        when(appeals.find(anyString())).thenReturn(Optional.empty());
        when(intake.register(any())).thenAnswer(call -> new IntakeResult(appeal(99, "SD-NEW", AppealStatus.OPEN,
                Channel.TELEGRAM, CHAT), "token"));
        AppealMessage written = mock(AppealMessage.class);
        when(written.id()).thenReturn(555L);
        when(conversation.customerWrites(anyString(), anyString(), anyList())).thenReturn(written);
    }

    @Test
    void aFirstMessageOpensAnAppeal() {
        InboundOutcome outcome = inbox.receive(chat("VM does not start"));

        assertThat(outcome).isEqualTo(new InboundOutcome(InboundOutcome.Kind.NEW_APPEAL, "SD-NEW"));
        assertThat(registered().description()).isEqualTo("VM does not start");
        assertThat(registered().origin().address()).isEqualTo(CHAT);
        verify(conversation, never()).customerWrites(anyString(), anyString(), anyList());
    }

    @Test
    void aMessageOnAChannelWithAnOpenAppealFollowsItUp() {
        Appeal open = appeal(7, "SD-7", AppealStatus.WAITING_FOR_CUSTOMER, Channel.TELEGRAM, CHAT);
        when(appeals.findOpenOnChannel(Channel.TELEGRAM, CHAT)).thenReturn(Optional.of(open));

        InboundOutcome outcome = inbox.receive(chat("Here is the log"));

        assertThat(outcome).isEqualTo(new InboundOutcome(InboundOutcome.Kind.FOLLOW_UP, "SD-7"));
        verify(conversation).customerWrites("SD-7", "Here is the log", List.of());
        verify(receipts).attachToAppeal(1L, 7L);
        verify(intake, never()).register(any());
    }

    @Test
    void aMailAnsweringOurMessageContinuesItsAppealWhateverTheSender() {
        Appeal answered = appeal(12, "SD-12", AppealStatus.RESOLVED, Channel.MAIL, "anna@example.com");
        when(sent.appealOf(List.of("<reply-1@desk>"))).thenReturn(Optional.of(12L));
        when(appeals.findById(12L)).thenReturn(Optional.of(answered));

        InboundOutcome outcome = inbox.receive(mail("boss@example.com", "Re: your appeal", "Still broken",
                List.of("<reply-1@desk>"), null));

        assertThat(outcome.kind()).isEqualTo(InboundOutcome.Kind.FOLLOW_UP);
        assertThat(outcome.appealNumber()).isEqualTo("SD-12");
    }

    @Test
    void aClosedAppealIsNotContinuedAndTheMessageOpensANewOne() {
        Appeal closed = appeal(12, "SD-12", AppealStatus.CLOSED, Channel.MAIL, "anna@example.com");
        when(sent.appealOf(List.of("<reply-1@desk>"))).thenReturn(Optional.of(12L));
        when(appeals.findById(12L)).thenReturn(Optional.of(closed));

        InboundOutcome outcome = inbox.receive(mail("anna@example.com", "Re: your appeal", "New trouble",
                List.of("<reply-1@desk>"), null));

        assertThat(outcome.kind()).isEqualTo(InboundOutcome.Kind.NEW_APPEAL);
    }

    @Test
    void aNumberInTheSubjectThreadsOnlyFromTheAddressTheAppealCameFrom() {
        Appeal hers = appeal(5, "SD-5", AppealStatus.IN_PROGRESS, Channel.MAIL, "anna@example.com");
        when(appeals.find("SD-5")).thenReturn(Optional.of(hers));

        InboundOutcome fromHer = inbox.receive(mail("Anna@Example.com", "[SD-5] more", "More details",
                List.of(), "SD-5"));
        InboundOutcome fromSomeoneElse = inbox.receive(mail("mallory@example.com", "[SD-5] more", "Close it",
                List.of(), "SD-5"));

        assertThat(fromHer.kind()).isEqualTo(InboundOutcome.Kind.FOLLOW_UP);
        assertThat(fromSomeoneElse.kind()).isEqualTo(InboundOutcome.Kind.NEW_APPEAL);
    }

    @Test
    void aTextLongerThanAnAppealHoldsKeepsItsStartAndSaysItWasCut() {
        String text = "x".repeat(AppealInbox.MAX_TEXT + 500);

        inbox.receive(chat(text));

        String kept = registered().description();
        assertThat(kept).hasSizeLessThanOrEqualTo(AppealInbox.MAX_TEXT).endsWith("\n[...]")
                .startsWith("x".repeat(AppealInbox.MAX_TEXT - 10));
    }

    @Test
    void aTextOfExactlyTheLimitIsKeptWhole() {
        String text = "y".repeat(AppealInbox.MAX_TEXT);

        inbox.receive(chat(text));

        assertThat(registered().description()).isEqualTo(text);
    }

    @Test
    void aRepeatedDeliveryChangesNothing() {
        when(receipts.insert(any(), anyString(), any())).thenThrow(new DuplicateKeyException("channel_receipt"));

        InboundOutcome outcome = inbox.receive(chat("VM does not start"));

        assertThat(outcome.kind()).isEqualTo(InboundOutcome.Kind.DUPLICATE);
        verify(intake, never()).register(any());
        verify(files, never()).queue(anyLong(), any(), any(), anyList());
    }

    @Test
    void platformFilesAreLeftForLaterWithinTheLimitsAndTheRestIsNamedInTheText() {
        InboundMessage.FileReference small = reference("small.png", 10);
        InboundMessage.FileReference large = reference("large.iso", 5_000);
        InboundMessage.FileReference unknownSize = reference("log.txt", 0);
        InboundMessage.FileReference noAddress = new InboundMessage.FileReference("far.png", 10, "x".repeat(4001));
        InboundMessage.FileReference oneTooMany = reference("third.txt", 10);

        inbox.receive(InboundMessage.chat(Channel.TELEGRAM, "u-1", CHAT, null, "Files",
                List.of(small, large, noAddress, unknownSize, oneTooMany)));

        assertThat(registered().description()).isEqualTo("""
                Files
                [File not kept: large.iso (larger than allowed)]
                [File not kept: far.png (no address to fetch it from)]
                [File not kept: third.txt (too many files)]""");
        verify(files).queue(99L, null, Channel.TELEGRAM, List.of(small, unknownSize));
    }

    @Test
    void theNotesAreInTheLanguageTheCustomerWroteIn() {
        inbox.receive(InboundMessage.chat(Channel.VK, "u-2", CHAT, null, "Вот скриншоты ошибки",
                List.of(reference("large.iso", 5_000), new InboundMessage.FileReference("far.png", 10, null))));

        assertThat(registered().description()).isEqualTo("""
                Вот скриншоты ошибки
                [Файл не сохранён: large.iso (больше допустимого размера)]
                [Файл не сохранён: far.png (нет адреса, откуда его получить)]""");
    }

    @Test
    void aMessageOfFilesOnlyIsDescribedByTheirNamesAndAFollowUpKeepsThemWithItsMessage() {
        InboundMessage.FileReference photo = reference("photo-1.jpg", 10);

        inbox.receive(InboundMessage.chat(Channel.TELEGRAM, "u-1", CHAT, null, "", List.of(photo)));
        assertThat(registered().description()).isEqualTo("[photo-1.jpg]");

        Appeal open = appeal(7, "SD-7", AppealStatus.OPEN, Channel.TELEGRAM, CHAT);
        when(appeals.findOpenOnChannel(Channel.TELEGRAM, CHAT)).thenReturn(Optional.of(open));
        inbox.receive(InboundMessage.chat(Channel.TELEGRAM, "u-2", CHAT, null, "", List.of(photo)));
        verify(conversation).customerWrites(eq("SD-7"), eq("-"), anyList());
        verify(files).queue(7L, 555L, Channel.TELEGRAM, List.of(photo));
    }

    @Test
    void anEmptyMessageIsIgnored() {
        InboundOutcome outcome = inbox.receive(chat("   "));

        assertThat(outcome).isEqualTo(new InboundOutcome(InboundOutcome.Kind.IGNORED, null));
        verify(intake, never()).register(any());
        verify(conversation, never()).customerWrites(anyString(), anyString(), anyList());
        verify(files, never()).queue(anyLong(), isNull(), any(), anyList());
    }

    private IntakeCommand registered() {
        ArgumentCaptor<IntakeCommand> command = ArgumentCaptor.forClass(IntakeCommand.class);
        verify(intake, org.mockito.Mockito.atLeastOnce()).register(command.capture());
        return command.getValue();
    }

    private static InboundMessage chat(String text) {
        return InboundMessage.chat(Channel.TELEGRAM, "u-" + text.hashCode(), CHAT, "Ivan", text, List.of());
    }

    private static InboundMessage mail(String from, String subject, String text, List<String> references,
                                       String subjectNumber) {
        return new InboundMessage(Channel.MAIL, "<" + text.hashCode() + "@mail>", from, null, subject, text,
                List.of(), references, subjectNumber, false, List.of());
    }

    private static InboundMessage.FileReference reference(String name, long declaredSize) {
        return new InboundMessage.FileReference(name, declaredSize, "file-id-" + name);
    }

    private static Appeal appeal(long id, String number, AppealStatus status, Channel channel, String address) {
        Appeal appeal = mock(Appeal.class);
        when(appeal.id()).thenReturn(id);
        when(appeal.number()).thenReturn(number);
        when(appeal.status()).thenReturn(status);
        when(appeal.channel()).thenReturn(channel);
        when(appeal.channelAddress()).thenReturn(address);
        return appeal;
    }
}
