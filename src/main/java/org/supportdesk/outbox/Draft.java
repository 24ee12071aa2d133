package org.supportdesk.outbox;

import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/**
 * A message for one customer on one channel, before it is queued.
 *
 * @param replyTo   where answers should go, if not to us (mail Reply-To); usually null
 * @param document  a file that goes with the text (a quote's PDF); usually null
 */
public record Draft(DraftKind kind, Reference reference, Channel channel, String recipient, Language language,
                    String subject, String body, String replyTo, Document document) {

    public Draft {
        if (reference.kind() != kind.reference()) {
            throw new IllegalArgumentException(kind + " refers to " + kind.reference() + ", not " + reference.kind());
        }
    }

    public Draft(DraftKind kind, Reference reference, Channel channel, String recipient, Language language,
                 String subject, String body) {
        this(kind, reference, channel, recipient, language, subject, body, null, null);
    }

    /**
     * What the message belongs to: its number, and for an appeal the row ids its delivery joins (the
     * appeal's identities, the files of the message).
     */
    public record Reference(ReferenceKind kind, String number, Long appealId, Long appealMessageId) {

        public static Reference appealMessage(String number, long appealId, long messageId) {
            return new Reference(ReferenceKind.APPEAL, number, appealId, messageId);
        }

        public static Reference costRequest(String number) {
            return new Reference(ReferenceKind.COST_REQUEST, number, null, null);
        }

        public static Reference notification(String number) {
            return new Reference(ReferenceKind.NOTIFICATION, number, null, null);
        }
    }

    public record Document(String fileName, String contentType, byte[] content) {
    }
}
