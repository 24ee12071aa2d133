package org.supportdesk.channel;

import java.util.List;

import org.supportdesk.appeal.IntakeCommand;
import org.supportdesk.vocabulary.Channel;

/**
 * What a platform delivered, in our terms: every inbound adapter turns its payload into this and
 * hands it to {@link ChannelInbox}.
 *
 * @param deliveryId        the platform's id for this delivery (update_id, event_id, mid, Message-ID);
 *                          a second delivery with the same id is a retry and is ignored
 * @param senderAddress     where replies go (chat id, peer id, PSID, mail address)
 * @param threadReferences  ids of earlier messages this one answers (mail In-Reply-To and References)
 * @param subjectNumber     an appeal number quoted in the subject, if any
 * @param automatic         sent by a machine on the customer's side (out of office, bounce, bulk)
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
        boolean automatic) {

    public InboundMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        threadReferences = threadReferences == null ? List.of() : List.copyOf(threadReferences);
        text = text == null ? "" : text.strip();
    }

    /** A chat message: no subject, no threading beyond "the customer's open appeal here". */
    public static InboundMessage chat(Channel channel, String deliveryId, String senderAddress, String senderName,
                                      String text, List<IntakeCommand.Upload> attachments) {
        return new InboundMessage(channel, deliveryId, senderAddress, senderName, null, text, attachments, List.of(),
                null, false);
    }
}
