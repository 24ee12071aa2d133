package org.supportdesk.channel.mail;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Cuts the previous message that a mail client quotes below a reply, so the appeal's conversation
 * shows what the customer wrote now and not our own text again. Only the end of the mail is cut:
 * a "&gt;" block with the "On ... wrote:" line above it, or everything from an Outlook-style
 * "Original Message" / "From: ... Sent: ..." header on. Quotes between the customer's own lines stay.
 */
final class QuotedReply {

    /** The attribution line(s) clients put above the quote, in the languages our customers write. */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?iu)^(on\\s.+\\swrote|.+\\s(написал|написала|написал\\(а\\)|пишет|schrieb|a écrit|escribió)"
                    + "|.*\\S+@\\S+.*)\\s*:\\s*$");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "(?iu)^\\s*-{2,}\\s*(original message|исходное сообщение|ursprüngliche nachricht)\\s*-{2,}\\s*$");
    private static final Pattern OUTLOOK_FROM = Pattern.compile("(?iu)^\\s*\\*?(from|от):\\*?\\s+\\S.*$");
    private static final Pattern OUTLOOK_SENT = Pattern.compile(
            "(?iu)^\\s*\\*?(sent|date|отправлено|дата):\\*?\\s+\\S.*$");
    /** "On Tue, 3 Mar 2026 at 10:15, Support &lt;support@x&gt;" and "wrote:" may stand on two or three lines. */
    private static final Pattern WRAPPED_ATTRIBUTION_START = Pattern.compile("(?iu)^\\s*on\\s.*\\d.*");
    private static final int ATTRIBUTION_MAX_LINES = 3;

    private QuotedReply() {
    }

    /** The reply without the quoted message below it; the whole text if nothing else would remain. */
    static String strip(String text) {
        String[] lines = text.split("\r?\n", -1);
        int end = outlookHeaderLine(lines);
        end = trailingQuoteStart(lines, end);
        String reply = String.join("\n", Arrays.copyOfRange(lines, 0, end)).strip();
        return reply.isEmpty() ? text.strip() : reply;
    }

    /** The first line of an Outlook-style header of the quoted message, or the number of lines. */
    private static int outlookHeaderLine(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (ORIGINAL_MESSAGE.matcher(lines[i]).matches()) {
                return i;
            }
            if (OUTLOOK_FROM.matcher(lines[i]).matches()) {
                for (int j = i + 1; j < Math.min(lines.length, i + 4); j++) {
                    if (OUTLOOK_SENT.matcher(lines[j]).matches()) {
                        return i;
                    }
                }
            }
        }
        return lines.length;
    }

    /** Where the "&gt;" block at the end of lines[0..end) starts, attribution included; end if there is none. */
    private static int trailingQuoteStart(String[] lines, int end) {
        int last = previousNonBlank(lines, end - 1);
        if (last < 0 || !isQuoted(lines[last])) {
            return end;
        }
        int start = last;
        for (int i = last - 1; i >= 0 && (isQuoted(lines[i]) || lines[i].isBlank()); i--) {
            if (isQuoted(lines[i])) {
                start = i;
            }
        }
        int attributionEnd = previousNonBlank(lines, start - 1);
        if (attributionEnd < 0) {
            return start;
        }
        for (int first = attributionEnd; first >= 0 && attributionEnd - first < ATTRIBUTION_MAX_LINES; first--) {
            if (lines[first].isBlank()) {
                break;
            }
            if (ATTRIBUTION.matcher(joined(lines, first, attributionEnd)).matches()) {
                // "support@x> wrote:" alone matches too; take in the "On ..." line it continues
                if (first > 0 && WRAPPED_ATTRIBUTION_START.matcher(lines[first - 1]).matches()
                        && attributionEnd - first + 1 < ATTRIBUTION_MAX_LINES) {
                    return first - 1;
                }
                return first;
            }
        }
        return start;
    }

    private static String joined(String[] lines, int first, int last) {
        StringBuilder joined = new StringBuilder();
        for (int i = first; i <= last; i++) {
            joined.append(lines[i].strip()).append(' ');
        }
        return joined.toString().strip();
    }

    private static int previousNonBlank(String[] lines, int from) {
        int i = from;
        while (i >= 0 && lines[i].isBlank()) {
            i--;
        }
        return i;
    }

    private static boolean isQuoted(String line) {
        return line.stripLeading().startsWith(">");
    }
}
