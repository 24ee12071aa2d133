package org.supportdesk.channel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supportdesk.appeal.IntakeCommand;
import org.supportdesk.appeal.InboundMessage;
import org.supportdesk.vocabulary.Channel;

class MailParserTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final String OUR_ACKNOWLEDGEMENT = "<SD-100123.5f2c9a7e0b1d4c3e8a6f2b9d7c1e0a4f@desk.test>";
    private static final Session SESSION = Session.getInstance(new Properties());

    private final MailParser parser = new MailParser("SD-", 10, 10 * 1024 * 1024, "support@desk.test");

    @Test
    void customerMailWithScreenshotBecomesSenderTextAndFile() throws Exception {
        InboundMessage mail = parser.parse(fixture("customer-with-png.eml"));

        assertThat(mail.channel()).isEqualTo(Channel.MAIL);
        assertThat(mail.deliveryId()).isEqualTo("<CAF3x9q2Lk1pVbA8mZrT0u4yWcEn7f+gQ@mail.gmail.com>");
        assertThat(mail.senderAddress()).isEqualTo("anna.petrova@example.com");
        assertThat(mail.senderName()).isEqualTo("Anna Petrova");
        assertThat(mail.subject()).isEqualTo("Cannot reach instances in shop-prod");
        // the text/plain alternative, not the HTML one
        assertThat(mail.text()).isEqualTo("""
                Hello,

                since 08:40 none of the instances in project shop-prod answer on port 443.
                Login: anna, project: shop-prod. A screenshot of the console is attached.

                Anna""");
        assertThat(mail.attachments()).hasSize(1);
        IntakeCommand.Upload screenshot = mail.attachments().get(0);
        assertThat(screenshot.fileName()).isEqualTo("console screenshot.png");
        assertThat(Arrays.copyOf(screenshot.content(), 8)).isEqualTo(PNG_SIGNATURE);
        assertThat(new String(screenshot.content(), StandardCharsets.ISO_8859_1)).endsWith("IEND\u00aeB`\u0082");
        assertThat(mail.threadReferences()).isEmpty();
        assertThat(mail.subjectNumber()).isNull();
        assertThat(mail.automatic()).isFalse();
    }

    @Test
    void russianMailIsDecodedFromItsDeclaredCharsetsWithEncodedFileName() throws Exception {
        InboundMessage mail = parser.parse(fixture("russian-windows-1251.eml"));

        assertThat(mail.senderAddress()).isEqualTo("ivan@example.ru");
        assertThat(mail.senderName()).isEqualTo("Иван Сидоров");
        assertThat(mail.subject()).isEqualTo("Ошибка резервного копирования");
        assertThat(mail.text())
                .startsWith("Здравствуйте!")
                .contains("Не работает резервное копирование в проекте «склад-1», ошибка 0x80070005.")
                .contains("Логин: ivan.sidorov. Отчёт об ошибке во вложении.")
                .endsWith("Иван Сидоров");
        assertThat(mail.attachments()).singleElement().satisfies(report -> {
            assertThat(report.fileName()).isEqualTo("отчёт.pdf");
            assertThat(new String(report.content(), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4").contains("%%EOF");
        });
        assertThat(mail.automatic()).isFalse();
    }

    @Test
    void replyThreadsByItsHeadersAndLosesTheQuotedMessage() throws Exception {
        InboundMessage mail = parser.parse(fixture("reply-with-quote.eml"));

        assertThat(mail.threadReferences()).containsExactly(OUR_ACKNOWLEDGEMENT,
                "<CAF3x9q2Lk1pVbA8mZrT0u4yWcEn7f+gQ@mail.gmail.com>");
        assertThat(mail.text()).isEqualTo("It works again since 10:20, thank you. Can you tell us what happened?");
        assertThat(mail.subjectNumber()).isEqualTo("SD-100123");
        assertThat(mail.automatic()).isFalse();
    }

    @Test
    void htmlOnlyReplyBecomesPlainTextWithoutTheQuote() throws Exception {
        InboundMessage mail = parser.parse(fixture("html-only-reply.eml"));

        assertThat(mail.senderName()).isEqualTo("Klaus Müller");
        assertThat(mail.subjectNumber()).isEqualTo("SD-100777");
        assertThat(mail.text()).isEqualTo("""
                Hello,
                the tunnel dropped again at 13:05 & 14:05 – see the log below.
                Grüße, Klaus
                - gateway: status page <https://vpn.example.de/status>
                - peer: 203.0.113.7""");
    }

    @Test
    void outOfOfficeIsAutomaticAndStillThreads() throws Exception {
        InboundMessage mail = parser.parse(fixture("out-of-office.eml"));

        assertThat(mail.automatic()).isTrue();
        assertThat(mail.threadReferences()).containsExactly(OUR_ACKNOWLEDGEMENT);
        assertThat(mail.subjectNumber()).isEqualTo("SD-100123");
        assertThat(mail.text()).startsWith("I am out of the office until 10 March");
    }

    @Test
    void bounceIsAutomaticAndRefersToTheReturnedMessage() throws Exception {
        InboundMessage mail = parser.parse(fixture("mailer-daemon-bounce.eml"));

        assertThat(mail.automatic()).isTrue();
        assertThat(mail.senderAddress()).isEqualTo("mailer-daemon@mx.example.com");
        assertThat(mail.threadReferences()).containsExactly(OUR_ACKNOWLEDGEMENT);
        assertThat(mail.text()).contains("could not\nbe delivered").contains("550 5.1.1 User unknown")
                .doesNotContain("Reporting-MTA");
        assertThat(mail.attachments()).isEmpty();
    }

    @Test
    void bounceWithoutAnyHeaderButItsReportTypeIsStillAutomatic() throws Exception {
        MimeMessage bounce = fixture("mailer-daemon-bounce.eml");
        bounce.removeHeader("Auto-Submitted");
        bounce.removeHeader("Return-Path");
        bounce.setHeader("From", "Delivery Reports <reports@mx.example.com>");

        assertThat(parser.parse(bounce).automatic()).isTrue();
    }

    @Test
    void mailWithoutMessageIdGetsAStableHashAsDeliveryId() throws Exception {
        InboundMessage first = parser.parse(fixture("no-message-id.eml"));
        InboundMessage again = parser.parse(fixture("no-message-id.eml"));
        MimeMessage otherText = fixture("no-message-id.eml");
        otherText.setText("Disk /var/lib/postgresql on db-3 is 97% full.\n", "UTF-8");
        otherText.saveChanges();
        otherText.removeHeader("Message-ID");

        assertThat(first.deliveryId()).matches("sha256:[0-9a-f]{64}");
        assertThat(again.deliveryId()).isEqualTo(first.deliveryId());
        assertThat(parser.parse(otherText).deliveryId()).startsWith("sha256:").isNotEqualTo(first.deliveryId());
        assertThat(first.text()).isEqualTo("Disk /var/lib/postgresql on db-3 is 93% full.\nProject: analytics-prod");
    }

    @Test
    void foldedMessageIdIsTheIdAlone() throws Exception {
        MimeMessage mail = plainMail("anna@example.com");
        mail.setHeader("Message-ID", "\r\n <folded.1741000924@mail.example.com> (sent by a helpdesk)");

        assertThat(parser.parse(mail).deliveryId()).isEqualTo("<folded.1741000924@mail.example.com>");
    }

    @ParameterizedTest(name = "{0}: {1} -> automatic {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Auto-Submitted   | auto-generated                    | true
            Auto-Submitted   | auto-replied; owner-email=a@x.org | true
            Auto-Submitted   | no                                | false
            Precedence       | bulk                              | true
            Precedence       | junk                              | true
            Precedence       | list                              | true
            Precedence       | first-class                       | false
            List-Id          | Ops announcements <ops.lists.example.com> | true
            List-Unsubscribe | <mailto:leave@lists.example.com>  | true
            X-Autoreply      | yes                               | true
            X-Autorespond    | Out of office                     | true
            X-Mailer         | Thunderbird 128.4.0               | false
            Return-Path      | <>                                | true
            """)
    void machineMailIsKnownByItsHeaders(String header, String value, boolean automatic) throws Exception {
        MimeMessage mail = plainMail("anna@example.com");
        mail.setHeader(header, value);

        assertThat(parser.parse(mail).automatic()).isEqualTo(automatic);
    }

    @ParameterizedTest
    @CsvSource({"MAILER-DAEMON@example.com, true", "postmaster@example.com, true", "support@desk.test, true",
            "Support@Desk.Test, true", "anna@example.com, false", "postmaster.anna@example.com, false"})
    void machineMailboxesAndOurOwnAddressAreAutomatic(String from, boolean automatic) throws Exception {
        assertThat(parser.parse(plainMail(from)).automatic()).isEqualTo(automatic);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "'[SD-100123] Re: Cannot reach instances', SD-100123",
            "'Re: SD-100123 still broken', SD-100123",
            "'re: [sd-100123]', SD-100123",
            "'Question about SD-12 and SD-34', SD-12",
            "'Order XSD-100123 failed', null",
            "'SD- without digits', null",
            "'Invoice 100123', null"})
    void appealNumberIsFoundInTheSubject(String subject, String number) {
        assertThat(parser.subjectNumber(subject)).isEqualTo(number);
    }

    @Test
    void filesBeyondTheLimitsAreNotReadInFull() throws Exception {
        MailParser strict = new MailParser("SD-", 2, 10, null);
        byte[] png = fixtureAttachment();
        MimeMessage mail = plainMail("anna@example.com");
        MimeMultipart parts = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("three screenshots", "UTF-8");
        parts.addBodyPart(text);
        for (int i = 1; i <= 3; i++) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(png, "image/png")));
            file.setFileName("shot-" + i + ".png");
            parts.addBodyPart(file);
        }
        mail.setContent(parts);
        mail.saveChanges();

        InboundMessage parsed = strict.parse(reparsed(mail));

        assertThat(parsed.attachments()).extracting(IntakeCommand.Upload::fileName)
                .containsExactly("shot-1.png", "shot-2.png", "shot-3.png");
        // one byte past the limit: enough for the upload rules to refuse it as too large
        assertThat(parsed.attachments().get(0).content()).hasSize(11);
        assertThat(parsed.attachments().get(2).content()).isEmpty();
        assertThat(parsed.text()).isEqualTo("three screenshots");
    }

    @Test
    void inlineImagesCountAsFilesOnlyWithAName() throws Exception {
        byte[] png = fixtureAttachment();
        MimeMessage mail = plainMail("anna@example.com");
        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>See <img src=\"cid:logo\"> and <img src=\"cid:shot\"></p>", "UTF-8", "html");
        related.addBodyPart(html);
        MimeBodyPart unnamed = new MimeBodyPart();
        unnamed.setDataHandler(new DataHandler(new ByteArrayDataSource(png, "image/png")));
        unnamed.setContentID("<logo>");
        unnamed.setDisposition("inline");
        related.addBodyPart(unnamed);
        MimeBodyPart named = new MimeBodyPart();
        named.setDataHandler(new DataHandler(new ByteArrayDataSource(png, "image/png")));
        named.setContentID("<shot>");
        named.setDisposition("inline");
        named.setFileName("image001.png");
        related.addBodyPart(named);
        mail.setContent(related);
        mail.saveChanges();

        InboundMessage parsed = parser.parse(reparsed(mail));

        assertThat(parsed.attachments()).extracting(IntakeCommand.Upload::fileName).containsExactly("image001.png");
        assertThat(parsed.text()).isEqualTo("See and");
    }

    @Test
    void forwardedMailKeepsTheQuotedPart() throws Exception {
        MimeMessage mail = plainMail("anna@example.com");
        mail.setSubject("Fwd: alert from monitoring");
        mail.setText("Please look at this:\n\nOn Mon, 2 Mar 2026 at 23:00, Monitoring <mon@example.com> wrote:\n"
                + "> CPU 100% on app-7\n", "UTF-8");
        mail.saveChanges();

        assertThat(parser.parse(mail).text()).contains("> CPU 100% on app-7");
    }

    @Test
    void mailWithoutAnySenderAddressIsRefused() throws Exception {
        MimeMessage mail = plainMail("anna@example.com");
        mail.removeHeader("From");

        assertThatThrownBy(() -> parser.parse(mail)).isInstanceOf(UnreadableMailException.class);
    }

    @Test
    void overlongSubjectAndNameAreCutToTheirColumns() throws Exception {
        MimeMessage mail = plainMail("anna@example.com");
        mail.setFrom("\"" + "N".repeat(400) + "\" <anna@example.com>");
        mail.setSubject("S".repeat(1000));

        InboundMessage parsed = parser.parse(mail);

        assertThat(parsed.subject()).hasSize(MailParser.MAX_SUBJECT);
        assertThat(parsed.senderName()).hasSize(MailParser.MAX_NAME);
    }

    static MimeMessage fixture(String name) throws Exception {
        try (InputStream in = MailParserTest.class.getResourceAsStream("/mail/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new MimeMessage(SESSION, in);
        }
    }

    private static MimeMessage plainMail(String from) throws Exception {
        MimeMessage mail = new MimeMessage(SESSION);
        mail.setFrom(from);
        mail.setRecipients(MimeMessage.RecipientType.TO, "support@desk.test");
        mail.setSubject("Backups fail");
        mail.setText("Backups of project archive-1 fail since Monday.", "UTF-8");
        mail.saveChanges();
        return mail;
    }

    private static MimeMessage reparsed(MimeMessage mail) throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        mail.writeTo(bytes);
        return new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static byte[] fixtureAttachment() throws Exception {
        try {
            return ((MimeBodyPart) ((MimeMultipart) fixture("customer-with-png.eml").getContent()).getBodyPart(1))
                    .getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
