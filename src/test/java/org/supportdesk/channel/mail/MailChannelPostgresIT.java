package org.supportdesk.channel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.activation.DataHandler;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.AppealIntake;
import org.supportdesk.appeal.AppealMessage;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.Attachment;
import org.supportdesk.appeal.IntakeCommand;
import org.supportdesk.appeal.MessageKind;
import org.supportdesk.appeal.Visibility;
import org.supportdesk.vocabulary.Channel;

/**
 * The mail channel end to end on PostgreSQL: customers write to the support mailbox of a GreenMail
 * server, the application reads it over IMAP and answers by SMTP into the customers' GreenMail
 * mailboxes. The database may hold earlier runs' data, so every test writes from its own addresses.
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DB_URL=jdbc:postgresql://127.0.0.1:5432/test",
        "DB_USER=postgres",
        "DB_PASSWORD=",
        "ADMIN_USER=it-admin",
        "ADMIN_PASSWORD=Str0ng!Desk-Passphrase",
        "supportdesk.channels.mail.from=support@desk.test",
        "supportdesk.channels.mail.poll-interval=PT0.2S",
        "spring.mail.host=127.0.0.1",
        "supportdesk.outbox.poll-interval=PT0.2S",
        "supportdesk.outbox.first-retry-after=PT0.1S"})
@DirtiesContext
class MailChannelPostgresIT {

    /** Ports of its own: other builds on this machine may run a GreenMail on the default ones. */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withPerMethodLifecycle(false);

    private static final String SUPPORT = "support@desk.test";
    private static final String ADMIN = "it-admin";
    private static final String ADMIN_PASSWORD = "Str0ng!Desk-Passphrase";
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static GreenMailUser supportMailbox;

    @Autowired
    TestRestTemplate http;
    @Autowired
    Appeals appeals;
    @Autowired
    AppealConversation conversations;
    @Autowired
    AppealIntake intake;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void supportMailbox() {
        supportMailbox = MAIL.setUser(SUPPORT, "support", "support");
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("supportdesk.channels.mail.imap-url",
                () -> "imap://support:support@127.0.0.1:" + MAIL.getImap().getPort() + "/INBOX");
        properties.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @org.junit.jupiter.api.BeforeEach
    void settleOutboxLeftovers() {
        org.supportdesk.OutboxLeftovers.settle(jdbc);
    }

    @Test
    void customersMailBecomesAnAppealWithItsFileAndIsAcknowledgedInItsThread() throws Exception {
        String customer = newAddress("anna");
        String messageId = newMessageId();

        send(mail(customer, messageId, "Cannot reach instances in shop-prod",
                "Since 08:40 no instance of shop-prod answers on port 443.\nLogin: anna, project: shop-prod.")
                .withPng("console.png"));

        Appeal appeal = await().atMost(WAIT).until(() -> openAppealOf(customer), Optional::isPresent).get();
        assertThat(appealCount(customer)).isEqualTo(1);
        assertThat(appeal.channel()).isEqualTo(Channel.MAIL);
        assertThat(appeal.contactEmail()).isEqualTo(customer);
        assertThat(appeal.contactName()).isEqualTo("Customer Anna");
        assertThat(appeal.subject()).isEqualTo("Cannot reach instances in shop-prod");
        assertThat(appeal.description()).startsWith("Since 08:40 no instance of shop-prod answers on port 443.");
        List<Attachment> files = conversations.attachments(appeal);
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("console.png");
            assertThat(file.contentType()).isEqualTo("image/png");
            assertThat(file.sizeBytes()).isEqualTo(PNG.length);
        });
        JsonNode view = http.withBasicAuth(ADMIN, ADMIN_PASSWORD)
                .getForObject("/api/appeals/" + appeal.number(), JsonNode.class);
        assertThat(view.path("attachments").findValuesAsText("fileName")).containsExactly("console.png");

        MimeMessage acknowledgement = awaitMails(customer, 1).get(0);
        assertThat(acknowledgement.getSubject()).startsWith("[" + appeal.number() + "] Re: Cannot reach instances")
                .startsWith("[SD-");
        assertThat(acknowledgement.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(acknowledgement.getMessageID()).startsWith("<" + appeal.number() + ".").endsWith("@desk.test>");
        assertThat(acknowledgement.getHeader("In-Reply-To", null)).isEqualTo(messageId);
        assertThat(acknowledgement.getFrom()).containsExactly(new InternetAddress(SUPPORT));
        assertThat(GreenMailUtil.getBody(acknowledgement)).contains(appeal.number());
        assertThat(jdbc.sql("SELECT platform_message_id FROM outbox_message WHERE appeal_id = :id AND status = 'SENT'")
                .param("id", appeal.id()).query(String.class).list()).containsExactly(acknowledgement.getMessageID());
    }

    @Test
    void replyToOurMailFollowsUpOnTheSameAppealWithoutTheQuotedText() throws Exception {
        String customer = newAddress("boris");
        String firstId = newMessageId();
        send(mail(customer, firstId, "Backups fail", "Backups of project archive-1 fail since Monday."));
        Appeal appeal = await().atMost(WAIT).until(() -> openAppealOf(customer), Optional::isPresent).get();
        MimeMessage acknowledgement = awaitMails(customer, 1).get(0);
        String ackId = acknowledgement.getMessageID();

        send(mail(customer, newMessageId(), "Re: " + acknowledgement.getSubject(),
                "The log is below, the job stops at 02:10.\n\n"
                        + "On Tue, 3 Mar 2026 at 09:13, Support <support@desk.test> wrote:\n\n"
                        + "> Your appeal " + appeal.number() + " is registered.\n> Support\n")
                .inReplyTo(ackId).references(firstId + " " + ackId));

        AppealMessage followUp = await().atMost(WAIT)
                .until(() -> customerMessages(appeal), messages -> messages.size() == 1).get(0);
        assertThat(followUp.body()).isEqualTo("The log is below, the job stops at 02:10.");
        assertThat(followUp.visibility()).isEqualTo(Visibility.CUSTOMER);
        assertThat(appealCount(customer)).isEqualTo(1);

        // a colleague answering in the thread from another address joins the same appeal by its headers
        String colleague = newAddress("boris-colleague");
        send(mail(colleague, newMessageId(), "Re: " + acknowledgement.getSubject(), "Same on archive-2.")
                .inReplyTo(ackId).references(firstId + " " + ackId));

        await().atMost(WAIT).until(() -> customerMessages(appeal).size() == 2);
        assertThat(customerMessages(appeal)).extracting(AppealMessage::body).last().isEqualTo("Same on archive-2.");
        assertThat(appealCount(colleague)).isZero();
    }

    @Test
    void appealNumberInTheSubjectThreadsOnlyFromTheSameAddress() throws Exception {
        String customer = newAddress("carla");
        send(mail(customer, newMessageId(), "DNS zone not updated", "Records of zone shop.example.test stay old."));
        Appeal first = await().atMost(WAIT).until(() -> openAppealOf(customer), Optional::isPresent).get();
        // a newer open appeal of the same address: without the number the mail would join this one
        Appeal newer = intake.register(new IntakeCommand(new IntakeCommand.Origin(Channel.MAIL, customer, ADMIN),
                new IntakeCommand.Contact(null, null, customer, "Carla"), "Second topic",
                "Registered by staff for the same mailbox.", null, List.of())).appeal();
        assertThat(openAppealOf(customer)).map(Appeal::id).contains(newer.id());

        send(mail(customer, newMessageId(), "[" + first.number() + "]", "Still old records after 2 hours."));

        await().atMost(WAIT).until(() -> customerMessages(first).size() == 1);
        assertThat(customerMessages(first)).extracting(AppealMessage::body)
                .containsExactly("Still old records after 2 hours.");
        assertThat(customerMessages(newer)).isEmpty();

        String stranger = newAddress("stranger");
        send(mail(stranger, newMessageId(), "Re: [" + first.number() + "] DNS zone not updated",
                "I also have a question about DNS."));

        Appeal strangers = await().atMost(WAIT).until(() -> openAppealOf(stranger), Optional::isPresent).get();
        assertThat(strangers.id()).isNotEqualTo(first.id());
        assertThat(strangers.description()).isEqualTo("I also have a question about DNS.");
        assertThat(customerMessages(first)).hasSize(1);
    }

    @Test
    void agentsReplyLeavesByMailInTheThreadWithoutAutoSubmitted() throws Exception {
        String customer = newAddress("dmitry");
        String firstId = newMessageId();
        send(mail(customer, firstId, "Certificate expired", "The certificate of api.shop.example.test expired."));
        Appeal appeal = await().atMost(WAIT).until(() -> openAppealOf(customer), Optional::isPresent).get();
        String ackId = awaitMails(customer, 1).get(0).getMessageID();

        ResponseEntity<JsonNode> written = http.withBasicAuth(ADMIN, ADMIN_PASSWORD).postForEntity(
                "/api/appeals/" + appeal.number() + "/messages",
                Map.of("body", "We renewed the certificate, please check.", "visibility", "CUSTOMER"),
                JsonNode.class);
        assertThat(written.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        MimeMessage reply = awaitMails(customer, 2).get(1);
        assertThat(GreenMailUtil.getBody(reply).strip()).isEqualTo("We renewed the certificate, please check.");
        assertThat(reply.getSubject()).isEqualTo("[" + appeal.number() + "] Re: Certificate expired");
        assertThat(reply.getHeader("Auto-Submitted")).isNull();
        assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(firstId);
        assertThat(MimeUtility.unfold(reply.getHeader("References", null))).isEqualTo(firstId + " " + ackId);
        assertThat(reply.getMessageID()).isNotEqualTo(ackId).endsWith("@desk.test>");
    }

    @Test
    void outOfOfficeAndBounceAreNotedButNeverAnswered() throws Exception {
        String customer = newAddress("elena");
        send(mail(customer, newMessageId(), "Billing question", "Why was March billed twice?"));
        Appeal appeal = await().atMost(WAIT).until(() -> openAppealOf(customer), Optional::isPresent).get();
        MimeMessage acknowledgement = awaitMails(customer, 1).get(0);
        int outboxRows = outboxRowsOf(appeal);

        String outOfOfficeId = newMessageId();
        send(mail(customer, outOfOfficeId, "Out of office: " + acknowledgement.getSubject(),
                "I am out of the office until 10 March.")
                .inReplyTo(acknowledgement.getMessageID()).header("Auto-Submitted", "auto-replied"));
        String bounceId = newMessageId();
        String daemon = "MAILER-DAEMON@" + customer.substring(customer.indexOf('@') + 1);
        send(bounce(daemon, bounceId, acknowledgement.getMessageID()));
        String unthreadedId = newMessageId();
        String robot = newAddress("robot");
        send(mail(robot, unthreadedId, "Automatic reply", "Thank you for your mail.")
                .header("Auto-Submitted", "auto-replied"));

        await().atMost(WAIT).until(() -> receiptTaken(outOfOfficeId) && receiptTaken(bounceId)
                && receiptTaken(unthreadedId));
        assertThat(seenInSupportMailbox(outOfOfficeId)).isTrue();
        List<AppealMessage> notes = conversations.messages(appeal, true).stream()
                .filter(message -> message.kind() == MessageKind.AUTO_REPLY).toList();
        assertThat(notes).hasSize(2).allSatisfy(note -> assertThat(note.visibility()).isEqualTo(Visibility.INTERNAL));
        assertThat(notes).extracting(AppealMessage::body).anySatisfy(body -> assertThat(body).contains("out of the office"))
                .anySatisfy(body -> assertThat(body).contains("could not be delivered"));
        assertThat(customerMessages(appeal)).isEmpty();
        assertThat(appealCount(customer)).isEqualTo(1);
        assertThat(appealCount(daemon.toLowerCase())).isZero();
        assertThat(appealCount(robot)).isZero();
        assertThat(outboxRowsOf(appeal)).isEqualTo(outboxRows);
        // nothing goes back, also not a moment later
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo(customer).size() == 1 && mailsTo(robot).isEmpty()
                        && mailsTo(daemon.toLowerCase()).isEmpty());
    }

    @Test
    void theSameMailDeliveredTwiceMakesOneAppeal() throws Exception {
        String customer = newAddress("fedor");
        String messageId = newMessageId();
        CustomerMail twice = mail(customer, messageId, "VPN drops", "The VPN tunnel drops every hour.");

        send(twice);
        send(twice);

        await().atMost(WAIT).until(() -> seenCount(messageId) == 2);
        assertThat(appealCount(customer)).isEqualTo(1);
        Appeal appeal = openAppealOf(customer).orElseThrow();
        assertThat(customerMessages(appeal)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM channel_receipt WHERE channel = 'MAIL' AND external_id = :id")
                .param("id", messageId).query(Long.class).single()).isEqualTo(1);
        assertThat(awaitMails(customer, 1)).hasSize(1);
    }

    // --- customers' side ---

    private static String newAddress(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@customer.test";
    }

    private static String newMessageId() {
        return "<" + UUID.randomUUID() + "@mail.customer.test>";
    }

    /** A mail as a customer's client writes it; sent as it is, headers and Message-ID untouched. */
    private static final class CustomerMail {
        final MimeMessage message;
        final MimeMultipart parts = new MimeMultipart("mixed");

        /** A mail written out in full (its raw text parsed). */
        CustomerMail(MimeMessage written) {
            message = written;
        }

        CustomerMail(String from, String messageId, String subject, String text) throws MessagingException {
            message = new MimeMessage(Session.getInstance(new Properties()));
            String local = from.substring(0, from.indexOf('-'));
            try {
                message.setFrom(new InternetAddress(from, "Customer " + Character.toUpperCase(local.charAt(0))
                        + local.substring(1), "UTF-8"));
            } catch (UnsupportedEncodingException impossible) {
                throw new IllegalStateException(impossible);
            }
            message.setRecipients(MimeMessage.RecipientType.TO, SUPPORT);
            message.setSubject(subject, "UTF-8");
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            parts.addBodyPart(body);
            message.setContent(parts);
            message.saveChanges();
            message.setHeader("Message-ID", messageId);
        }

        CustomerMail withPng(String fileName) throws MessagingException {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(PNG, "image/png")));
            file.setFileName(fileName);
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.addBodyPart(file);
            return changed();
        }

        CustomerMail inReplyTo(String id) throws MessagingException {
            return header("In-Reply-To", id);
        }

        CustomerMail references(String ids) throws MessagingException {
            return header("References", ids);
        }

        CustomerMail header(String name, String value) throws MessagingException {
            message.setHeader(name, value);
            return this;
        }

        private CustomerMail changed() throws MessagingException {
            String id = message.getMessageID();
            message.setContent(parts);
            message.saveChanges();
            message.setHeader("Message-ID", id);
            return this;
        }
    }

    private static CustomerMail mail(String from, String messageId, String subject, String text)
            throws MessagingException {
        return new CustomerMail(from, messageId, subject, text);
    }

    /** A delivery report like Postfix writes it, with the headers of the message that bounced. */
    private static CustomerMail bounce(String daemon, String messageId, String bouncedId) throws Exception {
        String raw = """
                From: Mail Delivery System <%s>
                To: support@desk.test
                Subject: Undelivered Mail Returned to Sender
                Message-ID: %s
                Auto-Submitted: auto-replied
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

                --BOUNDARY
                Content-Type: text/plain; charset=us-ascii

                Your message could not be delivered: 550 5.1.1 mailbox full.

                --BOUNDARY
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.customer.test
                Final-Recipient: rfc822; someone@customer.test
                Action: failed
                Status: 5.2.2

                --BOUNDARY
                Content-Type: text/rfc822-headers

                From: support@desk.test
                Message-ID: %s

                --BOUNDARY--
                """.formatted(daemon, messageId, bouncedId).replace("\n", "\r\n");
        return new CustomerMail(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))));
    }

    private static void send(CustomerMail mail) throws MessagingException {
        Session session = Session.getInstance(new Properties());
        try (Transport smtp = session.getTransport("smtp")) {
            smtp.connect("127.0.0.1", MAIL.getSmtp().getPort(), null, null);
            // sendMessage, unlike Transport.send, keeps the Message-ID we set
            smtp.sendMessage(mail.message, new Address[] {new InternetAddress(SUPPORT)});
        }
    }

    // --- what arrived ---

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                        .anyMatch(recipient -> ((InternetAddress) recipient).getAddress().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<MimeMessage> awaitMails(String address, int count) {
        return await().atMost(WAIT).until(() -> mailsTo(address), mails -> mails.size() >= count);
    }

    private static boolean seenInSupportMailbox(String messageId) throws Exception {
        return seenCount(messageId) > 0;
    }

    private static long seenCount(String messageId) throws Exception {
        return MAIL.getManagers().getImapHostManager().getInbox(supportMailbox).getMessages().stream()
                .filter(stored -> messageId.equals(messageIdOf(stored)))
                .filter(stored -> stored.isSet(Flags.Flag.SEEN))
                .count();
    }

    private static String messageIdOf(StoredMessage stored) {
        try {
            return stored.getMimeMessage().getMessageID();
        } catch (MessagingException e) {
            return null;
        }
    }

    private Optional<Appeal> openAppealOf(String address) {
        return appeals.findOpenOnChannel(Channel.MAIL, address);
    }

    private long appealCount(String address) {
        return jdbc.sql("SELECT COUNT(*) FROM appeal WHERE channel_address = :address OR contact_email = :address")
                .param("address", address).query(Long.class).single();
    }

    private List<AppealMessage> customerMessages(Appeal appeal) {
        return conversations.messages(appeal, true).stream()
                .filter(message -> message.kind() == MessageKind.CUSTOMER_MESSAGE).toList();
    }

    private int outboxRowsOf(Appeal appeal) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE appeal_id = :id")
                .param("id", appeal.id()).query(Integer.class).single();
    }

    private boolean receiptTaken(String messageId) {
        return jdbc.sql("SELECT COUNT(*) FROM channel_receipt WHERE channel = 'MAIL' AND external_id = :id")
                .param("id", messageId).query(Long.class).single() == 1;
    }
}
