package org.supportdesk.channel.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/** What a mail's headers tell: the sender, the subject, its id, the thread it belongs to, a machine sender. */
final class MailHeaders {

    /** A long thread's References keep its newest ids. */
    private static final int MAX_REFERENCES = 100;

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern REPLY_SUBJECT = Pattern.compile("(?iu)^\\s*(re|aw|sv|ответ|отв)\\s*(\\[\\d+])?\\s*:.*");
    private static final Pattern FORWARD_SUBJECT = Pattern.compile("(?iu)^\\s*(fw|fwd|wg|пересл|переслать)\\s*:.*");
    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    private static final Set<String> MACHINE_MAILBOXES = Set.of("mailer-daemon", "postmaster");

    private MailHeaders() {
    }

    static InternetAddress sender(MimeMessage mail) throws MessagingException, UnreadableMailException {
        for (String header : List.of("From", "Sender", "Reply-To", "Return-Path")) {
            String value = mail.getHeader(header, ",");
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                for (InternetAddress candidate : InternetAddress.parseHeader(value, false)) {
                    String address = candidate.getAddress();
                    // the identity's column holds 320 characters, the longest address RFC 5321 allows
                    if (address != null && address.indexOf('@') > 0 && address.indexOf('@') < address.length() - 1
                            && address.length() <= 320) {
                        return candidate;
                    }
                }
            } catch (AddressException unparsable) {
                // try the next header
            }
        }
        throw new UnreadableMailException("no sender address");
    }

    static String personalName(InternetAddress sender) {
        String name = sender.getPersonal();
        if (name == null || name.isBlank()) {
            return null;
        }
        return shortened(name.strip(), MailParser.MAX_NAME);
    }

    static String subject(MimeMessage mail) throws MessagingException {
        String subject;
        try {
            subject = mail.getSubject();
        } catch (MessagingException undecodable) {
            subject = mail.getHeader("Subject", " ");
        }
        if (subject == null || subject.isBlank()) {
            return null;
        }
        return shortened(subject.replaceAll("\\s+", " ").strip(), MailParser.MAX_SUBJECT);
    }

    /** The Message-ID as in the header (with angle brackets); a stable hash for mail without one. */
    static String deliveryId(MimeMessage mail, String text) throws MessagingException {
        String messageId = mail.getHeader("Message-ID", null);
        if (messageId != null && !messageId.isBlank()) {
            // a folded header or a trailing comment must not make the id differ from what replies quote
            String unfolded = MimeUtility.unfold(messageId).strip();
            String bracketed = firstMessageId(unfolded);
            String id = bracketed != null ? bracketed : unfolded;
            if (id.length() <= MailParser.MAX_DELIVERY_ID) {
                return id;
            }
        }
        String basis = String.join("\n", nullToEmpty(mail.getHeader("From", ",")),
                nullToEmpty(mail.getHeader("Date", null)), nullToEmpty(mail.getHeader("Subject", null)),
                nullToEmpty(messageId), text);
        return "sha256:" + sha256(basis);
    }

    /** The first {@code <id>} in a header value, or null. */
    static String firstMessageId(String value) {
        Matcher id = MESSAGE_ID.matcher(value);
        return id.find() ? id.group() : null;
    }

    static List<String> threadReferences(MimeMessage mail, List<String> reported) throws MessagingException {
        Set<String> ids = new LinkedHashSet<>();
        for (String header : List.of("In-Reply-To", "References")) {
            String value = mail.getHeader(header, " ");
            if (value != null) {
                Matcher id = MESSAGE_ID.matcher(value);
                while (id.find()) {
                    ids.add(id.group());
                }
            }
        }
        ids.addAll(reported);
        List<String> all = new ArrayList<>(ids);
        return all.size() <= MAX_REFERENCES ? all : all.subList(all.size() - MAX_REFERENCES, all.size());
    }

    static boolean isReply(String subject, List<String> references) {
        if (subject != null && FORWARD_SUBJECT.matcher(subject).matches()) {
            // a forwarded mail's quoted part is the very thing the customer wants us to read
            return false;
        }
        return !references.isEmpty() || subject != null && REPLY_SUBJECT.matcher(subject).matches();
    }

    /** Sent by a machine: out-of-office, bounce, list or bulk mail, or ourselves. */
    static boolean isAutomatic(MimeMessage mail, String address, String ownAddress) throws MessagingException {
        String autoSubmitted = firstToken(mail.getHeader("Auto-Submitted", null));
        if (autoSubmitted != null && !autoSubmitted.equals("no")) {
            return true;
        }
        String precedence = firstToken(mail.getHeader("Precedence", null));
        if (precedence != null && BULK_PRECEDENCE.contains(precedence)) {
            return true;
        }
        for (String header : List.of("List-Id", "List-Unsubscribe", "X-Autoreply", "X-Autorespond")) {
            if (mail.getHeader(header) != null) {
                return true;
            }
        }
        String returnPath = mail.getHeader("Return-Path", null);
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            // the null sender of delivery reports
            return true;
        }
        String localPart = address.substring(0, address.lastIndexOf('@'));
        return MACHINE_MAILBOXES.contains(localPart)
                || address.equals(ownAddress)
                || mail.isMimeType("multipart/report");
    }

    private static String firstToken(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return null;
        }
        return headerValue.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String shortened(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 3) + "...";
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
