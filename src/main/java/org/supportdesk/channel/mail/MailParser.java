package org.supportdesk.channel.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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

import jakarta.mail.FolderClosedException;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

import org.supportdesk.appeal.IntakeCommand;
import org.supportdesk.channel.InboundMessage;
import org.supportdesk.vocabulary.Channel;

/**
 * Turns one mail into an {@link InboundMessage}: who wrote, what they wrote (plain text preferred,
 * HTML turned into text, the quoted previous message of a reply cut), the files, which earlier
 * messages it answers, and whether a machine sent it (then nothing ever answers it).
 *
 * <p>Reads each part as a stream and stops early: a file beyond the upload limit is read one byte
 * past it (enough for the upload rules to refuse it), files beyond the file count not at all.
 * A broken part is skipped or noted; only a mail without any sender address is refused.
 */
final class MailParser {

    /** Our column sizes: longer values are cut here rather than failing the whole mail. */
    static final int MAX_SUBJECT = 300;
    static final int MAX_NAME = 200;
    static final int MAX_DELIVERY_ID = 500;
    /** A body beyond this is no longer one person's message; ChannelInbox keeps 20,000 characters anyway. */
    private static final int MAX_TEXT_BYTES = 1 << 20;
    /** A long thread's References keep its newest ids. */
    private static final int MAX_REFERENCES = 100;

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern REPLY_SUBJECT = Pattern.compile("(?iu)^\\s*(re|aw|sv|ответ|отв)\\s*(\\[\\d+])?\\s*:.*");
    private static final Pattern FORWARD_SUBJECT = Pattern.compile("(?iu)^\\s*(fw|fwd|wg|пересл|переслать)\\s*:.*");
    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");
    private static final Set<String> MACHINE_MAILBOXES = Set.of("mailer-daemon", "postmaster");

    private final Pattern subjectNumber;
    private final String numberPrefix;
    private final int maxFiles;
    private final long maxFileBytes;
    private final String ownAddress;

    /**
     * @param numberPrefix  the appeal number prefix ("SD-"), to find a number quoted in the subject
     * @param ownAddress    our own support address: mail from it is never answered (no loop with ourselves)
     */
    MailParser(String numberPrefix, int maxFiles, long maxFileBytes, String ownAddress) {
        this.numberPrefix = numberPrefix == null ? "" : numberPrefix.strip();
        this.subjectNumber = this.numberPrefix.isEmpty() ? null
                : Pattern.compile("(?i)(?<![\\p{Alnum}])" + Pattern.quote(this.numberPrefix) + "(\\d{1,18})(?!\\d)");
        this.maxFiles = maxFiles;
        this.maxFileBytes = maxFileBytes;
        this.ownAddress = ownAddress == null ? null : ownAddress.strip().toLowerCase(Locale.ROOT);
    }

    InboundMessage parse(MimeMessage mail) throws MessagingException, UnreadableMailException {
        InternetAddress sender = sender(mail);
        String address = sender.getAddress().strip().toLowerCase(Locale.ROOT);
        String subject = subject(mail);
        Content content = new Content();
        collect(mail, content);
        String fullText = content.text();
        List<String> references = threadReferences(mail, content.reportedMessageIds);
        String text = isReply(subject, references) ? QuotedReply.strip(fullText) : fullText;
        return new InboundMessage(Channel.MAIL, deliveryId(mail, fullText), address, personalName(sender), subject,
                text, content.attachments, references, subjectNumber(subject), isAutomatic(mail, address));
    }

    // --- who and what ---

    private static InternetAddress sender(MimeMessage mail) throws MessagingException, UnreadableMailException {
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

    private static String personalName(InternetAddress sender) {
        String name = sender.getPersonal();
        if (name == null || name.isBlank()) {
            return null;
        }
        return shortened(name.strip(), MAX_NAME);
    }

    private static String subject(MimeMessage mail) throws MessagingException {
        String subject;
        try {
            subject = mail.getSubject();
        } catch (MessagingException undecodable) {
            subject = mail.getHeader("Subject", " ");
        }
        if (subject == null || subject.isBlank()) {
            return null;
        }
        return shortened(subject.replaceAll("\\s+", " ").strip(), MAX_SUBJECT);
    }

    String subjectNumber(String subject) {
        if (subject == null || subjectNumber == null) {
            return null;
        }
        Matcher number = subjectNumber.matcher(subject);
        return number.find() ? numberPrefix + number.group(1) : null;
    }

    // --- ids and threading ---

    /** The Message-ID as in the header (with angle brackets); a stable hash for mail without one. */
    private static String deliveryId(MimeMessage mail, String text) throws MessagingException {
        String messageId = mail.getHeader("Message-ID", null);
        if (messageId != null && !messageId.isBlank()) {
            // a folded header or a trailing comment must not make the id differ from what replies quote
            String unfolded = MimeUtility.unfold(messageId).strip();
            Matcher bracketed = MESSAGE_ID.matcher(unfolded);
            String id = bracketed.find() ? bracketed.group() : unfolded;
            if (id.length() <= MAX_DELIVERY_ID) {
                return id;
            }
        }
        String basis = String.join("\n", nullToEmpty(mail.getHeader("From", ",")),
                nullToEmpty(mail.getHeader("Date", null)), nullToEmpty(mail.getHeader("Subject", null)),
                nullToEmpty(messageId), text);
        return "sha256:" + sha256(basis);
    }

    private static List<String> threadReferences(MimeMessage mail, List<String> reported) throws MessagingException {
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

    private static boolean isReply(String subject, List<String> references) {
        if (subject != null && FORWARD_SUBJECT.matcher(subject).matches()) {
            // a forwarded mail's quoted part is the very thing the customer wants us to read
            return false;
        }
        return !references.isEmpty() || subject != null && REPLY_SUBJECT.matcher(subject).matches();
    }

    /** Sent by a machine: out-of-office, bounce, list or bulk mail, or ourselves. */
    private boolean isAutomatic(MimeMessage mail, String address) throws MessagingException {
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

    // --- body and files ---

    /** What the parts hold: the readable text, the files, and the ids a delivery report is about. */
    private final class Content {
        final StringBuilder text = new StringBuilder();
        final List<IntakeCommand.Upload> attachments = new ArrayList<>();
        final List<String> reportedMessageIds = new ArrayList<>();

        void addText(String more) {
            if (more == null || more.isBlank()) {
                return;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            text.append(more.strip());
        }

        String text() {
            return text.toString().replace("\r\n", "\n").replace('\r', '\n');
        }
    }

    private void collect(Part part, Content content) throws MessagingException {
        if (part.isMimeType("multipart/*")) {
            Multipart children = multipart(part);
            if (children == null) {
                return;
            }
            if (part.isMimeType("multipart/alternative")) {
                Part preferred = preferredAlternative(children);
                if (preferred != null) {
                    collect(preferred, content);
                }
            } else if (part.isMimeType("multipart/report")) {
                collectReport(children, content);
            } else {
                for (int i = 0; i < children.getCount(); i++) {
                    collect(children.getBodyPart(i), content);
                }
            }
            return;
        }
        if (isAttachment(part) || part.isMimeType("message/rfc822")) {
            addAttachment(part, content);
        } else if (part.isMimeType("text/plain")) {
            content.addText(readText(part));
        } else if (part.isMimeType("text/html")) {
            content.addText(HtmlText.toPlainText(readText(part)));
        }
        // anything else without a file name (inline images referenced by the HTML, calendar data) is left out
    }

    /** multipart/alternative: the plain-text version if there is one, else the richest we can read. */
    private Part preferredAlternative(Multipart alternatives) throws MessagingException {
        Part fallback = null;
        for (int i = 0; i < alternatives.getCount(); i++) {
            Part candidate = alternatives.getBodyPart(i);
            if (isAttachment(candidate)) {
                continue;
            }
            if (candidate.isMimeType("text/plain")) {
                return candidate;
            }
            if (candidate.isMimeType("text/html") || candidate.isMimeType("multipart/*")) {
                fallback = candidate;
            }
        }
        return fallback;
    }

    /** A delivery report: its human-readable first part, and which message of ours it reports on. */
    private void collectReport(Multipart report, Content content) throws MessagingException {
        for (int i = 0; i < report.getCount(); i++) {
            Part part = report.getBodyPart(i);
            if (i == 0) {
                collect(part, content);
            } else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")) {
                String returnedId = returnedMessageId(part);
                if (returnedId != null) {
                    content.reportedMessageIds.add(returnedId);
                }
            }
        }
    }

    private static String returnedMessageId(Part returned) throws MessagingException {
        try (InputStream in = returned.getInputStream()) {
            String id = new InternetHeaders(in).getHeader("Message-ID", null);
            if (id == null) {
                return null;
            }
            Matcher matcher = MESSAGE_ID.matcher(id);
            return matcher.find() ? matcher.group() : null;
        } catch (MessagingException | IOException unreadable) {
            rethrowIfConnectionLost(unreadable);
            return null;
        }
    }

    private static boolean isAttachment(Part part) throws MessagingException {
        String disposition;
        try {
            disposition = part.getDisposition();
        } catch (ParseException malformed) {
            disposition = null;
        }
        return Part.ATTACHMENT.equalsIgnoreCase(disposition) || rawFileName(part) != null;
    }

    private void addAttachment(Part part, Content content) throws MessagingException {
        String name = fileName(part);
        if (content.attachments.size() >= maxFiles) {
            // counted and named as "too many files" by the inbox; no need to read it
            content.attachments.add(new IntakeCommand.Upload(name, new byte[0]));
            return;
        }
        try (InputStream in = part.getInputStream()) {
            content.attachments.add(new IntakeCommand.Upload(name, readAtMost(in, maxFileBytes + 1)));
        } catch (IOException | MessagingException unreadable) {
            rethrowIfConnectionLost(unreadable);
            content.addText("[file not kept: " + name + " - it could not be read]");
        }
    }

    private static String rawFileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? null : name;
        } catch (MessagingException malformed) {
            return null;
        }
    }

    /** The file name as the sender wrote it: RFC 2231 is decoded by Jakarta Mail, RFC 2047 words here. */
    private static String fileName(Part part) throws MessagingException {
        String name = rawFileName(part);
        if (name != null) {
            try {
                return MimeUtility.decodeText(name).strip();
            } catch (UnsupportedEncodingException unknownCharset) {
                return name.strip();
            }
        }
        if (part.isMimeType("message/rfc822")) {
            return "message.eml";
        }
        return "attachment" + extensionOf(part);
    }

    private static String extensionOf(Part part) {
        try {
            String subtype = new ContentType(part.getContentType()).getSubType().toLowerCase(Locale.ROOT);
            return switch (subtype) {
                case "png", "gif", "pdf", "zip" -> "." + subtype;
                case "jpeg", "jpg" -> ".jpg";
                case "gzip", "x-gzip" -> ".gz";
                case "plain" -> ".txt";
                default -> "";
            };
        } catch (MessagingException | RuntimeException unknown) {
            return "";
        }
    }

    private static Multipart multipart(Part part) throws MessagingException {
        try {
            return part.getContent() instanceof Multipart multipart ? multipart : null;
        } catch (IOException unreadable) {
            rethrowIfConnectionLost(unreadable);
            return null;
        }
    }

    /** A text part in the charset it declares; undeclared or unknown: UTF-8 if it is valid UTF-8, else Windows-1252. */
    private static String readText(Part part) throws MessagingException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = readAtMost(in, MAX_TEXT_BYTES);
        } catch (IOException | MessagingException undecodable) {
            rethrowIfConnectionLost(undecodable);
            return "";
        }
        Charset declared = declaredCharset(part);
        if (declared != null) {
            return new String(bytes, declared);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static Charset declaredCharset(Part part) {
        try {
            String name = new ContentType(part.getContentType()).getParameter("charset");
            if (name == null || name.isBlank()) {
                return null;
            }
            if ("us-ascii".equalsIgnoreCase(name.strip())) {
                // mislabelled 8-bit text is common; read as UTF-8, true ASCII comes out the same
                return null;
            }
            return Charset.forName(MimeUtility.javaCharset(name.strip()));
        } catch (MessagingException | RuntimeException unknown) {
            return null;
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long remaining = limit;
        int read;
        while (remaining > 0 && (read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining))) != -1) {
            out.write(buffer, 0, read);
            remaining -= read;
        }
        return out.toByteArray();
    }

    // --- small helpers ---

    /**
     * A broken part is skipped, a broken connection is not: a mail read only in part must not be
     * taken in (its Message-ID would then be taken, and the rest never read).
     */
    private static void rethrowIfConnectionLost(Exception e) throws MessagingException {
        // the IMAP stream reports a lost connection as an IOException caused by FolderClosedException
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof FolderClosedException || cause instanceof StoreClosedException
                    || cause instanceof MessageRemovedException) {
                throw (MessagingException) cause;
            }
        }
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
