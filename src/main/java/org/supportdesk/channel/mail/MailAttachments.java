package org.supportdesk.channel.mail;

import java.io.UnsupportedEncodingException;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

/** Which parts of a mail are files, and the names they keep. */
final class MailAttachments {

    private MailAttachments() {
    }

    static boolean isAttachment(Part part) throws MessagingException {
        String disposition;
        try {
            disposition = part.getDisposition();
        } catch (ParseException malformed) {
            disposition = null;
        }
        return Part.ATTACHMENT.equalsIgnoreCase(disposition) || rawFileName(part) != null;
    }

    /** The file name as the sender wrote it: RFC 2231 is decoded by Jakarta Mail, RFC 2047 words here. */
    static String fileName(Part part) throws MessagingException {
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
}
