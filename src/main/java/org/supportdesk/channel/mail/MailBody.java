package org.supportdesk.channel.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.mail.FolderClosedException;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

import org.supportdesk.appeal.InboundMessage.Failure;
import org.supportdesk.appeal.IntakeCommand;
import org.supportdesk.vocabulary.Language;

/**
 * What a mail's parts hold: the text a person reads (plain text preferred, HTML turned into text),
 * the files with the names the sender gave them, and the ids a delivery report is about.
 *
 * <p>Reads each part as a stream and stops early: a file beyond the upload limit is read one byte
 * past it (enough for the upload rules to refuse it), files beyond the file count not at all.
 * A broken part is skipped or noted, a broken connection is not.
 */
final class MailBody {

    /** A body beyond this is no longer one person's message; AppealInbox keeps 20,000 characters anyway. */
    private static final int MAX_TEXT_BYTES = 1 << 20;

    private final int maxFiles;
    private final long maxFileBytes;

    MailBody(int maxFiles, long maxFileBytes) {
        this.maxFiles = maxFiles;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * The readable text, the files, and the ids a delivery report is about.
     *
     * @param unreadable attachments that could not be decoded: the text names them
     */
    record Content(StringBuilder body, List<IntakeCommand.Upload> attachments, List<String> reportedMessageIds,
                   List<String> unreadable) {

        void addText(String more) {
            if (more == null || more.isBlank()) {
                return;
            }
            if (!body.isEmpty()) {
                body.append("\n\n");
            }
            body.append(more.strip());
        }

        String text() {
            return body.toString().replace("\r\n", "\n").replace('\r', '\n');
        }

        /**
         * The customer's text (quoted history already cut off), then a note per unreadable file in the
         * language of that text, as the inbox notes the files it refuses.
         */
        String withUnreadableNoted(String text) {
            Language language = Language.of(text);
            StringBuilder noted = new StringBuilder(text);
            for (String name : unreadable) {
                noted.append(noted.isEmpty() ? "" : "\n\n").append(Failure.UNREADABLE.noteInText(name, language));
            }
            return noted.toString();
        }
    }

    Content read(Part mail) throws MessagingException {
        Content content = new Content(new StringBuilder(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        collect(mail, content);
        return content;
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
    private static Part preferredAlternative(Multipart alternatives) throws MessagingException {
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
                    content.reportedMessageIds().add(returnedId);
                }
            }
        }
    }

    private static String returnedMessageId(Part returned) throws MessagingException {
        try (InputStream in = returned.getInputStream()) {
            String id = new InternetHeaders(in).getHeader("Message-ID", null);
            return id == null ? null : MailHeaders.firstMessageId(id);
        } catch (MessagingException | IOException unreadable) {
            rethrowIfConnectionLost(unreadable);
            return null;
        }
    }

    private void addAttachment(Part part, Content content) throws MessagingException {
        String name = fileName(part);
        if (content.attachments().size() >= maxFiles) {
            // counted and named as "too many files" by the inbox; no need to read it
            content.attachments().add(new IntakeCommand.Upload(name, new byte[0]));
            return;
        }
        try (InputStream in = part.getInputStream()) {
            content.attachments().add(new IntakeCommand.Upload(name, readAtMost(in, maxFileBytes + 1)));
        } catch (IOException | MessagingException unreadable) {
            rethrowIfConnectionLost(unreadable);
            content.unreadable().add(name);
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

    private static String rawFileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? null : name;
        } catch (MessagingException malformed) {
            return null;
        }
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
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

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
}
