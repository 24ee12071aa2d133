package org.supportdesk.channel.mail;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.supportdesk.appeal.InboundMessage;
import org.supportdesk.vocabulary.Channel;

/**
 * Turns one mail into an {@link InboundMessage}: who wrote and which earlier messages it answers
 * ({@link MailHeaders}), what they wrote and the files ({@link MailBody}), the quoted previous
 * message of a reply cut ({@link QuotedReply}), and whether a machine sent it (then nothing ever
 * answers it). Only a mail without any sender address is refused.
 */
final class MailParser {

    /** Our column sizes: longer values are cut here rather than failing the whole mail. */
    static final int MAX_SUBJECT = 300;
    static final int MAX_NAME = 200;
    static final int MAX_DELIVERY_ID = 500;

    private final Pattern subjectNumber;
    private final String numberPrefix;
    private final MailBody body;
    private final String ownAddress;

    /**
     * @param numberPrefix  the appeal number prefix ("SD-"), to find a number quoted in the subject
     * @param ownAddress    our own support address: mail from it is never answered (no loop with ourselves)
     */
    MailParser(String numberPrefix, int maxFiles, long maxFileBytes, String ownAddress) {
        this.numberPrefix = numberPrefix == null ? "" : numberPrefix.strip();
        this.subjectNumber = this.numberPrefix.isEmpty() ? null
                : Pattern.compile("(?i)(?<![\\p{Alnum}])" + Pattern.quote(this.numberPrefix) + "(\\d{1,18})(?!\\d)");
        this.body = new MailBody(maxFiles, maxFileBytes);
        this.ownAddress = ownAddress == null ? null : ownAddress.strip().toLowerCase(Locale.ROOT);
    }

    InboundMessage parse(MimeMessage mail) throws MessagingException, UnreadableMailException {
        InternetAddress sender = MailHeaders.sender(mail);
        String address = sender.getAddress().strip().toLowerCase(Locale.ROOT);
        String subject = MailHeaders.subject(mail);
        MailBody.Content content = body.read(mail);
        String fullText = content.text();
        List<String> references = MailHeaders.threadReferences(mail, content.reportedMessageIds());
        String text = content.withUnreadableNoted(
                MailHeaders.isReply(subject, references) ? QuotedReply.strip(fullText) : fullText);
        return new InboundMessage(Channel.MAIL, MailHeaders.deliveryId(mail, fullText), address,
                MailHeaders.personalName(sender), subject, text, content.attachments(), references,
                subjectNumber(subject), MailHeaders.isAutomatic(mail, address, ownAddress), List.of());
    }

    String subjectNumber(String subject) {
        if (subject == null || subjectNumber == null) {
            return null;
        }
        Matcher number = subjectNumber.matcher(subject);
        return number.find() ? numberPrefix + number.group(1) : null;
    }
}
