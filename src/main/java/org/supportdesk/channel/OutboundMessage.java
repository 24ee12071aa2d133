package org.supportdesk.channel;

import java.util.ArrayList;
import java.util.List;

import org.supportdesk.outbox.DraftKind;
import org.supportdesk.vocabulary.Language;

/**
 * One outbox entry as a sender sees it.
 *
 * @param id                   the outbox id: stable across retries (VK derives its random_id from it)
 * @param deliveryKey          random and stable across retries (the unique part of a mail Message-ID)
 * @param reference            the number of the appeal, cost request or notification it belongs to
 * @param kind                 why it was written, and so what the reference names
 * @param customerMessageIds   platform ids of what the customer sent on this appeal, oldest first
 * @param sentMessageIds       platform ids of what we sent on it through this channel, oldest first
 * @param replyTo              where answers should go, if not to us (mail Reply-To); usually null
 * @param documents            files that go with the text: an agent's attachments, a quote's PDF; often none
 */
public record OutboundMessage(
        long id,
        String deliveryKey,
        String reference,
        String recipient,
        DraftKind kind,
        String subject,
        String body,
        Language language,
        List<String> customerMessageIds,
        List<String> sentMessageIds,
        String replyTo,
        List<Document> documents) {

    public OutboundMessage {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** A file sent along: an agent's attachment, a quote. */
    public record Document(String fileName, String contentType, byte[] content) {

        public boolean image() {
            return contentType != null && contentType.startsWith("image/");
        }
    }

    /** Written by the process, not a person. */
    public boolean automatic() {
        return kind.automatic();
    }

    /** Chats have no subject line: the text starts with the reference number, so the customer knows which one. */
    public String textWithNumber() {
        return reference == null ? body : "[" + reference + "]\n" + body;
    }

    /** The text in parts a platform takes, cut at line ends where possible. */
    public List<String> textInParts(int maxLength) {
        List<String> parts = new ArrayList<>();
        String rest = textWithNumber();
        while (rest.length() > maxLength) {
            int cut = rest.lastIndexOf('\n', maxLength);
            if (cut < maxLength / 2) {
                cut = maxLength;
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }
}
