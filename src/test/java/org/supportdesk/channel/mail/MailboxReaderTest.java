package org.supportdesk.channel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;
import org.supportdesk.appeal.AppealInbox;
import org.supportdesk.appeal.InboundMessage;
import org.supportdesk.system.DatabaseOutage;
import org.supportdesk.appeal.InboundOutcome;

/** The IMAP side against a real IMAP server; the inbox itself is a mock here (MailChannelPostgresIT has the real one). */
class MailboxReaderTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));

    private final AppealInbox inbox = mock(AppealInbox.class);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger readerLog = (Logger) LoggerFactory.getLogger(MailboxReader.class);
    private GreenMailUser support;

    @BeforeEach
    void mailbox() {
        support = MAIL.setUser("support@desk.test", "support", "support");
        when(inbox.maxFiles()).thenReturn(10);
        when(inbox.maxFileBytes()).thenReturn(10L * 1024 * 1024);
        when(inbox.receive(any())).thenReturn(new InboundOutcome(InboundOutcome.Kind.NEW_APPEAL, "SD-1"));
        logs.start();
        readerLog.addAppender(logs);
    }

    @AfterEach
    void detachLogs() {
        readerLog.detachAppender(logs);
    }

    @Test
    void unreadMailIsTakenInAndThenMarkedRead() throws Exception {
        support.deliver(MailParserTest.fixture("customer-with-png.eml"));
        support.deliver(MailParserTest.fixture("reply-with-quote.eml"));
        MailboxReader reader = reader(imapUrl());

        reader.poll();

        ArgumentCaptor<InboundMessage> taken = ArgumentCaptor.forClass(InboundMessage.class);
        verify(inbox, times(2)).receive(taken.capture());
        assertThat(taken.getAllValues()).extracting(InboundMessage::deliveryId).containsExactly(
                "<CAF3x9q2Lk1pVbA8mZrT0u4yWcEn7f+gQ@mail.gmail.com>", "<CAF3x9q3Pp0bX7nUa2Yy1Zx6V5c4Q@mail.gmail.com>");
        assertThat(taken.getAllValues().get(0).attachments()).hasSize(1);
        assertThat(seenFlags()).containsExactly(true, true);

        reader.poll();

        verify(inbox, times(2)).receive(any());
    }

    @Test
    void mailTheInboxFailedOnStaysUnreadForTheNextPoll() throws Exception {
        support.deliver(MailParserTest.fixture("customer-with-png.eml"));
        when(inbox.receive(any()))
                .thenThrow(new IllegalStateException("database unavailable"))
                .thenReturn(new InboundOutcome(InboundOutcome.Kind.NEW_APPEAL, "SD-1"));
        MailboxReader reader = reader(imapUrl());

        reader.poll();

        // reading the content did not mark it read either
        assertThat(seenFlags()).containsExactly(false);

        reader.poll();

        verify(inbox, times(2)).receive(any());
        assertThat(seenFlags()).containsExactly(true);
        assertThat(warnings()).hasSize(1);
    }

    @Test
    void onePollTakesAtMostABatchAndTheRestNextTime() throws Exception {
        for (int i = 0; i < MailboxReader.MAX_MESSAGES_PER_POLL + 10; i++) {
            support.deliver(plainMail("<batch-" + i + "@example.com>"));
        }
        MailboxReader reader = reader(imapUrl());

        reader.poll();

        verify(inbox, times(MailboxReader.MAX_MESSAGES_PER_POLL)).receive(any());
        assertThat(seenFlags()).filteredOn(seen -> !seen).hasSize(10);

        reader.poll();

        verify(inbox, times(MailboxReader.MAX_MESSAGES_PER_POLL + 10)).receive(any());
        assertThat(seenFlags()).containsOnly(true);
    }

    @Test
    void aMailThatKeepsFailingDoesNotHoldBackNewOnes() throws Exception {
        support.deliver(plainMail("<poison@example.com>"));
        when(inbox.receive(any())).thenAnswer(call -> {
            if (call.<InboundMessage>getArgument(0).deliveryId().equals("<poison@example.com>")) {
                throw new IllegalStateException("cannot store it");
            }
            return new InboundOutcome(InboundOutcome.Kind.NEW_APPEAL, "SD-2");
        });
        MailboxReader reader = reader(imapUrl());
        reader.poll();
        for (int i = 0; i < MailboxReader.MAX_MESSAGES_PER_POLL; i++) {
            support.deliver(plainMail("<fresh-" + i + "@example.com>"));
        }

        reader.poll();

        ArgumentCaptor<InboundMessage> taken = ArgumentCaptor.forClass(InboundMessage.class);
        verify(inbox, times(MailboxReader.MAX_MESSAGES_PER_POLL + 1)).receive(taken.capture());
        assertThat(taken.getAllValues()).extracting(InboundMessage::deliveryId)
                .filteredOn("<poison@example.com>"::equals).hasSize(1);
        // one warning for the failing mail, however often it is tried
        reader.poll();
        assertThat(warnings()).hasSize(1);
    }

    @Test
    void mailWithoutSenderIsMarkedReadWithoutReachingTheInbox() throws Exception {
        MimeMessage anonymous = plainMail("<anonymous@example.com>");
        anonymous.removeHeader("From");
        support.deliver(anonymous);

        reader(imapUrl()).poll();

        verify(inbox, never()).receive(any());
        assertThat(seenFlags()).containsExactly(true);
    }

    @Test
    void mailboxOutageIsReportedOnceAndItsEndOnce() throws Exception {
        int port = freePort();
        MailboxReader reader = reader("imap://support:support@127.0.0.1:" + port + "/INBOX");

        reader.poll();
        reader.poll();
        reader.poll();

        assertThat(warnings()).singleElement().asString().contains("cannot be read").doesNotContain(":support@");
        GreenMail recovered = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        recovered.start();
        try {
            recovered.setUser("support@desk.test", "support", "support");
            reader.poll();
            reader.poll();
        } finally {
            recovered.stop();
        }
        assertThat(warnings()).hasSize(1);
        assertThat(logs.list).filteredOn(event -> event.getLevel() == Level.INFO)
                .singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("can be read again");
    }

    @Test
    void wrongPasswordIsReportedLikeAnOutage() {
        reader("imap://support:wrong@127.0.0.1:" + MAIL.getImap().getPort() + "/INBOX").poll();

        assertThat(warnings()).hasSize(1);
        verify(inbox, never()).receive(any());
    }

    @Test
    void nothingIsReadWithoutAnImapUrl() {
        new MailboxReader(new MailSettings(" ", "support@desk.test", Duration.ofSeconds(30)), inbox, "SD-",
                new DatabaseOutage(Clock.systemUTC())).poll();

        verify(inbox, never()).receive(any());
        assertThat(logs.list).isEmpty();
    }

    private MailboxReader reader(String imapUrl) {
        return new MailboxReader(new MailSettings(imapUrl, "support@desk.test", Duration.ofSeconds(30)), inbox,
                "SD-", new DatabaseOutage(Clock.systemUTC()));
    }

    private static String imapUrl() {
        return "imap://support:support@127.0.0.1:" + MAIL.getImap().getPort() + "/INBOX";
    }

    private List<Boolean> seenFlags() throws Exception {
        return MAIL.getManagers().getImapHostManager().getInbox(support).getMessages().stream()
                .map((StoredMessage message) -> message.isSet(Flags.Flag.SEEN)).toList();
    }

    private List<String> warnings() {
        return logs.list.stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static MimeMessage plainMail(String messageId) throws Exception {
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
        mail.setFrom("anna@example.com");
        mail.setRecipients(MimeMessage.RecipientType.TO, "support@desk.test");
        mail.setSubject("Backups fail");
        mail.setText("Backups of project archive-1 fail since Monday.", "UTF-8");
        mail.saveChanges();
        mail.setHeader("Message-ID", messageId);
        return mail;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
