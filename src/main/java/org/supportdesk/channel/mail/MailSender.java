package org.supportdesk.channel.mail;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.activation.DataHandler;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.supportdesk.outbox.ReferenceKind;
import org.supportdesk.channel.ChannelSender;
import org.supportdesk.channel.DeliveryException;
import org.supportdesk.channel.OutboundMessage;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/**
 * Sends our messages to customers by SMTP, as replies in their mail thread: the appeal number in
 * the subject, In-Reply-To and References pointing at what the customer sent, and a Message-ID made
 * from the outbox row's delivery key, so a retried message has the same id and the customer's
 * answer to it finds the appeal. Messages the process writes carry Auto-Submitted, so the
 * customer's out-of-office does not answer them.
 */
@Component("mailChannelSender") // "mailSender" is Spring Boot's JavaMailSender
class MailSender implements ChannelSender {

    /** Older ids in between are dropped from References (RFC 5322 allows it); the first and newest stay. */
    private static final int MAX_REFERENCES = 20;
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?iu)^\\s*(re|aw|sv|ответ)\\s*:.*");

    private final JavaMailSender mail;
    private final MailSettings settings;
    private final Clock clock;

    MailSender(JavaMailSender mail, MailSettings settings, Clock clock) {
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.MAIL;
    }

    @Override
    public boolean enabled() {
        return settings.outboundEnabled();
    }

    @Override
    public String send(OutboundMessage message) {
        InternetAddress from = fromAddress();
        InternetAddress to;
        try {
            to = new InternetAddress(message.recipient(), true);
        } catch (AddressException malformed) {
            throw new DeliveryException("malformed recipient address: " + malformed.getMessage(), false);
        }
        String messageId = messageId(message, from);
        try {
            MimeMessage mime = new FixedIdMimeMessage(session(), messageId);
            mime.setFrom(from);
            mime.setRecipient(Message.RecipientType.TO, to);
            mime.setSubject(subject(message), "UTF-8");
            if (message.replyTo() != null) {
                mime.setReplyTo(new InternetAddress[] {new InternetAddress(message.replyTo(), true)});
            }
            if (message.documents().isEmpty()) {
                mime.setText(message.body(), "UTF-8");
            } else {
                mime.setContent(withDocuments(message));
            }
            mime.setSentDate(Date.from(clock.instant()));
            List<String> customerIds = messageIds(message.customerMessageIds());
            if (!customerIds.isEmpty()) {
                mime.setHeader("In-Reply-To", customerIds.get(customerIds.size() - 1));
            }
            List<String> references = references(customerIds, messageIds(message.sentMessageIds()));
            if (!references.isEmpty()) {
                mime.setHeader("References", MimeUtility.fold("References: ".length(), String.join(" ", references)));
            }
            String autoSubmitted = autoSubmitted(message);
            if (autoSubmitted != null) {
                mime.setHeader("Auto-Submitted", autoSubmitted);
                // Exchange's out-of-office and read receipts honour this one instead
                mime.setHeader("X-Auto-Response-Suppress", "All");
            }
            mail.send(mime);
        } catch (MessagingException e) {
            throw new DeliveryException("mail could not be composed: " + e.getMessage(), false, e);
        } catch (MailException e) {
            throw failure(e);
        }
        return messageId;
    }

    /** The text, then each document as an attachment (an agent's files, a quote's PDF). */
    private static MimeMultipart withDocuments(OutboundMessage message) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.body(), "UTF-8");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text);
        for (OutboundMessage.Document document : message.documents()) {
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(document.content(), document.contentType())));
            try {
                file.setFileName(MimeUtility.encodeText(document.fileName(), "UTF-8", null));
            } catch (java.io.UnsupportedEncodingException e) {
                file.setFileName(document.fileName());
            }
            file.setDisposition(Part.ATTACHMENT);
            // base64 keeps the bytes as sent: a text log would otherwise get the mail's line endings
            file.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(file);
        }
        return mixed;
    }

    /** "auto-replied" for answers to the customer's mail, "auto-generated" for other process mail, none for agents'. */
    static String autoSubmitted(OutboundMessage message) {
        if (!message.automatic()) {
            return null;
        }
        return switch (message.kind()) {
            case ACKNOWLEDGEMENT, REJECTION, HANDOVER -> "auto-replied";
            default -> "auto-generated";
        };
    }

    static String subject(OutboundMessage message) {
        String subject = message.subject() == null ? null : message.subject().replaceAll("[\\r\\n\\t]+", " ").strip();
        String text;
        if (subject == null || subject.isEmpty()) {
            text = message.language() == Language.RU ? "Ваше обращение" : "Your appeal";
        } else {
            // a message of its own (a quote, a notification) keeps its subject; replies in an appeal's thread say "Re:"
            boolean ofAppeal = message.kind().reference() == ReferenceKind.APPEAL && message.reference() != null;
            text = !ofAppeal || REPLY_PREFIX.matcher(subject).matches() ? subject : "Re: " + subject;
        }
        return message.reference() == null ? text : "[" + message.reference() + "] " + text;
    }

    /** Unique per outbox row and the same on every retry: number, delivery key and our own domain. */
    static String messageId(OutboundMessage message, InternetAddress from) {
        String address = from.getAddress();
        String domain = address.substring(address.lastIndexOf('@') + 1);
        String local = message.reference() == null
                ? message.deliveryKey() : message.reference() + "." + message.deliveryKey();
        return "<" + local + "@" + domain + ">";
    }

    /** The customer's mails, then ours, each once; a long thread keeps its first and newest ids. */
    private static List<String> references(List<String> customerIds, List<String> sentIds) {
        Set<String> all = new LinkedHashSet<>(customerIds);
        all.addAll(sentIds);
        List<String> references = new ArrayList<>(all);
        if (references.size() <= MAX_REFERENCES) {
            return references;
        }
        List<String> kept = new ArrayList<>();
        kept.add(references.get(0));
        kept.addAll(references.subList(references.size() - (MAX_REFERENCES - 1), references.size()));
        return kept;
    }

    /** Only real Message-IDs: a customer's mail without one is known to us by a hash, which no client knows. */
    private static List<String> messageIds(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        return ids.stream().filter(id -> id != null && MESSAGE_ID.matcher(id).matches()).toList();
    }

    private InternetAddress fromAddress() {
        try {
            return new InternetAddress(settings.from().strip(), true);
        } catch (AddressException malformed) {
            throw new DeliveryException("supportdesk.channels.mail.from is not a mail address: "
                    + malformed.getMessage(), false);
        }
    }

    private Session session() {
        return mail instanceof JavaMailSenderImpl impl ? impl.getSession() : mail.createMimeMessage().getSession();
    }

    /** The address part of a configured sender like "Support &lt;support@example.com&gt;", or null. */
    static String addressOf(String from) {
        if (from == null || from.isBlank()) {
            return null;
        }
        try {
            return new InternetAddress(from.strip(), false).getAddress();
        } catch (AddressException malformed) {
            return null;
        }
    }

    /**
     * Whether trying again can help: a dropped connection, a timeout or an SMTP 4xx may pass; failed
     * authentication, a malformed address or an SMTP 5xx stay as they are.
     */
    static DeliveryException failure(MailException e) {
        if (e instanceof MailAuthenticationException) {
            return new DeliveryException("SMTP authentication failed: " + e.getMessage(), false, e);
        }
        List<Throwable> problems = new ArrayList<>();
        problems.add(e);
        if (e instanceof MailSendException send) {
            problems.addAll(send.getFailedMessages().values());
            problems.addAll(List.of(send.getMessageExceptions()));
        }
        String permanent = null;
        String temporary = null;
        String invalidAddress = null;
        for (Throwable problem : causes(problems)) {
            int code = smtpReturnCode(problem);
            if (code >= 500 || problem instanceof AuthenticationFailedException
                    || problem instanceof AddressException) {
                permanent = problem.getMessage();
            } else if (code >= 400) {
                temporary = problem.getMessage();
            } else if (problem instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                invalidAddress = problem.getMessage();
            }
        }
        if (permanent == null && temporary == null && invalidAddress != null) {
            // refused addresses without a reply code: the server will refuse them again
            permanent = invalidAddress;
        }
        String detail = permanent != null ? permanent : temporary != null ? temporary : e.getMessage();
        return new DeliveryException("SMTP: " + (detail == null ? e.getClass().getSimpleName() : detail.strip()),
                permanent == null, e);
    }

    private static int smtpReturnCode(Throwable problem) {
        if (problem instanceof SMTPSendFailedException failed) {
            return failed.getReturnCode();
        }
        if (problem instanceof SMTPAddressFailedException failed) {
            return failed.getReturnCode();
        }
        if (problem instanceof SMTPSenderFailedException failed) {
            return failed.getReturnCode();
        }
        return -1;
    }

    /** Every exception reachable through causes and chained MessagingExceptions, each once. */
    private static Collection<Throwable> causes(List<Throwable> roots) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> open = new ArrayDeque<>(roots);
        List<Throwable> all = new ArrayList<>();
        while (!open.isEmpty()) {
            Throwable next = open.pop();
            if (next == null || !seen.add(next)) {
                continue;
            }
            all.add(next);
            if (next.getCause() != null) {
                open.add(next.getCause());
            }
            if (next instanceof MessagingException chained && chained.getNextException() != null) {
                open.add(chained.getNextException());
            }
        }
        return all;
    }

    /** Keeps the Message-ID it was given: {@code saveChanges()} would otherwise make up a new one per attempt. */
    static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
