package org.supportdesk.channel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.supportdesk.channel.DeliveryException;
import org.supportdesk.channel.OutboundMessage;
import org.supportdesk.outbox.DraftKind;
import org.supportdesk.vocabulary.Language;

class MailSenderTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final String KEY = "5f2c9a7e0b1d4c3e8a6f2b9d7c1e0a4f";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T06:15:00Z"), ZoneOffset.UTC);

    @Test
    void acknowledgementIsAnAutomaticReplyInTheCustomersThread() throws Exception {
        OutboundMessage ack = message(DraftKind.ACKNOWLEDGEMENT, "Cannot reach instances", Language.EN,
                List.of("<first@mail.example.com>", "sha256:0123abcd", "<second@mail.example.com>"),
                List.of("<SD-100123.0000@desk.test>"));

        String id = sender(SMTP.getSmtp().getPort(), "Support Desk <support@desk.test>").send(ack);

        assertThat(id).isEqualTo("<SD-100123." + KEY + "@desk.test>");
        MimeMessage received = onlyMailTo("anna@example.com");
        assertThat(received.getMessageID()).isEqualTo(id);
        assertThat(received.getSubject()).isEqualTo("[SD-100123] Re: Cannot reach instances");
        assertThat(received.getFrom()).containsExactly(new InternetAddress("Support Desk <support@desk.test>"));
        assertThat(received.getHeader("In-Reply-To", null)).isEqualTo("<second@mail.example.com>");
        // the customer's hash id is known to no mail client: left out
        assertThat(MimeUtility.unfold(received.getHeader("References", null)))
                .isEqualTo("<first@mail.example.com> <second@mail.example.com> <SD-100123.0000@desk.test>");
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(received.getHeader("X-Auto-Response-Suppress", null)).isEqualTo("All");
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("utf-8");
        assertThat(GreenMailUtil.getBody(received).strip()).isEqualTo("Body of ACKNOWLEDGEMENT");
        assertThat(received.getSentDate()).isEqualTo(java.util.Date.from(CLOCK.instant()));
    }

    @Test
    void agentsReplyIsNotMarkedAutomatic() throws Exception {
        sender(SMTP.getSmtp().getPort(), "support@desk.test").send(message(DraftKind.REPLY, "VPN", Language.EN,
                List.of("<first@mail.example.com>"), List.of()));

        MimeMessage received = onlyMailTo("anna@example.com");
        assertThat(received.getHeader("Auto-Submitted")).isNull();
        assertThat(received.getHeader("X-Auto-Response-Suppress")).isNull();
        assertThat(received.getHeader("In-Reply-To", null)).isEqualTo("<first@mail.example.com>");
        assertThat(received.getHeader("References", null)).isEqualTo("<first@mail.example.com>");
    }

    @ParameterizedTest
    @CsvSource({"ACKNOWLEDGEMENT, auto-replied", "REJECTION, auto-replied", "HANDOVER, auto-replied",
            "RESOLUTION, auto-generated", "REMINDER, auto-generated", "CLOSURE, auto-generated"})
    void processMailSaysHowItWasSent(DraftKind kind, String autoSubmitted) {
        assertThat(MailSender.autoSubmitted(message(kind, null, Language.EN, List.of(), List.of())))
                .isEqualTo(autoSubmitted);
    }

    @Test
    void anAgentsFilesGoAsAttachmentsAfterTheText() throws Exception {
        byte[] log = "11:42 web-2 healthy\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] pdf = "%PDF-1.4 runbook".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        OutboundMessage reply = new OutboundMessage(8, KEY, "SD-100125", "olga@example.com", DraftKind.REPLY,
                "Balancer", "The runbook and the log are attached.", Language.EN, List.of(), List.of(), null,
                List.of(new OutboundMessage.Document("balancer.log", "text/plain", log),
                        new OutboundMessage.Document("Регламент восстановления.pdf", "application/pdf", pdf)));

        sender(SMTP.getSmtp().getPort(), "support@desk.test").send(reply);

        MimeMessage received = onlyMailTo("olga@example.com");
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(3);
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("The runbook and the log are attached.");
        assertThat(parts.getBodyPart(1).getDisposition()).isEqualTo(jakarta.mail.Part.ATTACHMENT);
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("balancer.log");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(log);
        assertThat(MimeUtility.decodeText(parts.getBodyPart(2).getFileName())).isEqualTo("Регламент восстановления.pdf");
        assertThat(parts.getBodyPart(2).getInputStream().readAllBytes()).isEqualTo(pdf);
    }

    @Test
    void russianAppealWithoutSubjectGetsOneInItsLanguage() throws Exception {
        OutboundMessage reply = new OutboundMessage(7, KEY, "SD-100124", "ivan@example.ru", DraftKind.QUESTION,
                null, "Уточните, пожалуйста, логин.", Language.RU, List.of(), List.of(), null, List.of());

        sender(SMTP.getSmtp().getPort(), "support@desk.test").send(reply);

        MimeMessage received = onlyMailTo("ivan@example.ru");
        assertThat(received.getSubject()).isEqualTo("[SD-100124] Ваше обращение");
        assertThat(received.getContent().toString().strip()).isEqualTo("Уточните, пожалуйста, логин.");
        assertThat(received.getHeader("In-Reply-To")).isNull();
        assertThat(received.getHeader("References")).isNull();
    }

    @Test
    void subjectThatIsAlreadyAReplyGetsNoSecondPrefix() {
        assertThat(MailSender.subject(message(DraftKind.REPLY, "Re: VPN drops", Language.EN, List.of(), List.of())))
                .isEqualTo("[SD-100123] Re: VPN drops");
        assertThat(MailSender.subject(message(DraftKind.REPLY, "line\r\nbreak", Language.EN, List.of(), List.of())))
                .isEqualTo("[SD-100123] Re: line break");
    }

    @Test
    void retriedMessageKeepsItsMessageId() throws Exception {
        MailSender sender = sender(SMTP.getSmtp().getPort(), "support@desk.test");
        OutboundMessage reminder = message(DraftKind.REMINDER, "VPN", Language.EN, List.of(), List.of());

        String first = sender.send(reminder);
        String second = sender.send(reminder);

        assertThat(second).isEqualTo(first);
        assertThat(SMTP.getReceivedMessages()).extracting(MimeMessage::getMessageID).containsExactly(first, first);
    }

    @Test
    void unreachableServerIsWorthAnotherTry() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        MailSender sender = sender(closedPort, "support@desk.test");

        assertThatThrownBy(() -> sender.send(message(DraftKind.REPLY, "VPN", Language.EN, List.of(), List.of())))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isTrue());
    }

    @Test
    void malformedRecipientIsNotRetried() {
        OutboundMessage toNowhere = new OutboundMessage(1, KEY, "SD-100123", "anna at example", DraftKind.REPLY,
                "VPN", "text", Language.EN, List.of(), List.of(), null, List.of());

        assertThatThrownBy(() -> sender(SMTP.getSmtp().getPort(), "support@desk.test").send(toNowhere))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isFalse());
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void refusedLoginIsNotRetried() {
        SMTP.setUser("support@desk.test", "support", "right-password");
        JavaMailSenderImpl smtp = smtp(SMTP.getSmtp().getPort());
        smtp.setUsername("support");
        smtp.setPassword("wrong-password");
        smtp.getJavaMailProperties().put("mail.smtp.auth", "true");
        MailSender sender = new MailSender(smtp, new MailSettings(null, "support@desk.test", null), CLOCK);

        assertThatThrownBy(() -> sender.send(message(DraftKind.REPLY, "VPN", Language.EN, List.of(), List.of())))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("authentication failed");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} -> retryable {2}")
    @CsvSource({"RCPT, 550, false", "RCPT, 450, true", "DATA, 554, false", "DATA, 452, true",
            "DATA, 421, true"})
    void smtpReplyCodeDecidesWhetherToRetry(String command, int code, boolean retryable) throws Exception {
        InternetAddress anna = new InternetAddress("anna@example.com");
        MessagingException refusal = command.equals("RCPT")
                ? new SendFailedException("Invalid Addresses",
                        new SMTPAddressFailedException(anna, "RCPT TO:<anna@example.com>", code, code + " refused"),
                        new InternetAddress[0], new InternetAddress[0],
                        code >= 500 ? new InternetAddress[] {anna} : new InternetAddress[0])
                : new SMTPSendFailedException("DATA", code, code + " refused", null, new InternetAddress[0],
                        new InternetAddress[0], new InternetAddress[0]);
        MailSendException failed = new MailSendException(Map.of(new MimeMessage((Session) null), refusal));

        DeliveryException classified = MailSender.failure(failed);

        assertThat(classified.retryable()).isEqualTo(retryable);
        assertThat(classified.getMessage()).contains(code + " refused");
    }

    @Test
    void connectionAndAuthenticationFailuresAreClassified() {
        MailSendException connection = new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")));

        assertThat(MailSender.failure(connection).retryable()).isTrue();
        assertThat(MailSender.failure(new MailAuthenticationException("535 bad credentials")).retryable()).isFalse();
    }

    private static OutboundMessage message(DraftKind kind, String subject, Language language,
                                           List<String> customerIds, List<String> sentIds) {
        return new OutboundMessage(1, KEY, "SD-100123", "anna@example.com", kind, subject,
                "Body of " + kind, language, customerIds, sentIds, null, List.of());
    }

    private static MailSender sender(int port, String from) {
        return new MailSender(smtp(port), new MailSettings(null, from, null), CLOCK);
    }

    private static JavaMailSenderImpl smtp(int port) {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(port);
        Properties properties = smtp.getJavaMailProperties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        return smtp;
    }

    private static MimeMessage onlyMailTo(String address) throws MessagingException {
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly(address);
        return received[0];
    }
}
