package org.supportdesk.appeal;

import java.util.List;

import org.supportdesk.input.StorableText;
import org.supportdesk.vocabulary.Channel;

/**
 * What a platform delivered, in our terms: every inbound adapter turns its payload into this and
 * hands it to {@link AppealInbox}, the core's one inbound port. A platform's message is always taken
 * in: text the database cannot hold (NUL, broken surrogate pairs) is cleaned here, names and
 * subjects are cut to their columns, so a message is never refused forever (the platform would redeliver it again and again).
 *
 * @param deliveryId        the platform's id for this delivery (update_id, event_id, mid, Message-ID);
 *                          a second delivery with the same id is a retry and is ignored
 * @param senderAddress     where replies go (chat id, peer id, PSID, mail address)
 * @param threadReferences  ids of earlier messages this one answers (mail In-Reply-To and References)
 * @param subjectNumber     an appeal number quoted in the subject, if any
 * @param automatic         sent by a machine on the customer's side (out of office, bounce, bulk)
 * @param fileReferences    files the platform keeps for us: fetched after the platform has its answer
 */
public record InboundMessage(
        Channel channel,
        String deliveryId,
        String senderAddress,
        String senderName,
        String subject,
        String text,
        List<IntakeCommand.Upload> attachments,
        List<String> threadReferences,
        String subjectNumber,
        boolean automatic,
        List<FileReference> fileReferences) {

    static final int MAX_NAME = 200;
    static final int MAX_SUBJECT = 300;

    public InboundMessage {
        attachments = attachments == null ? List.of() : attachments.stream()
                .map(file -> new IntakeCommand.Upload(StorableText.clean(file.fileName()), file.content())).toList();
        threadReferences = threadReferences == null ? List.of()
                : threadReferences.stream().map(StorableText::clean).toList();
        text = text == null ? "" : StorableText.clean(text).strip();
        deliveryId = StorableText.clean(deliveryId);
        senderAddress = StorableText.clean(senderAddress);
        senderName = StorableText.cleanAndCut(senderName, MAX_NAME);
        subject = StorableText.cleanAndCut(subject, MAX_SUBJECT);
        subjectNumber = StorableText.clean(subjectNumber);
        fileReferences = fileReferences == null ? List.of() : fileReferences.stream()
                .map(file -> new FileReference(StorableText.clean(file.fileName()), file.declaredSize(), file.source()))
                .toList();
    }

    /** A message whose files came with it (a mail). */
    public InboundMessage(Channel channel, String deliveryId, String senderAddress, String senderName, String subject,
                          String text, List<IntakeCommand.Upload> attachments, List<String> threadReferences,
                          String subjectNumber, boolean automatic) {
        this(channel, deliveryId, senderAddress, senderName, subject, text, attachments, threadReferences,
                subjectNumber, automatic, List.of());
    }

    /**
     * A chat message: no subject, no threading beyond "the customer's open appeal here"; its files
     * stay on the platform until the core fetches them.
     */
    public static InboundMessage chat(Channel channel, String deliveryId, String senderAddress, String senderName,
                                      String text, List<FileReference> files) {
        return new InboundMessage(channel, deliveryId, senderAddress, senderName, null, text, List.of(), List.of(),
                null, false, files);
    }

    /**
     * A file a platform keeps for us: its name, the size the platform declares (0 when it does not
     * say) and where to fetch it from.
     */
    public record FileReference(String fileName, long declaredSize, FileSource source) {
    }

    /** Fetches one platform file, reading at most {@code maxBytes}. */
    @FunctionalInterface
    public interface FileSource {
        Fetched fetch(long maxBytes);
    }

    /** A fetched file's bytes, or why there are none (in words for staff: "HTTP 404", "larger than allowed"). */
    public record Fetched(byte[] content, String failure) {

        public static Fetched of(byte[] content) {
            return new Fetched(content, null);
        }

        public static Fetched failed(String why) {
            return new Fetched(null, why);
        }

        public boolean succeeded() {
            return content != null;
        }
    }
}
