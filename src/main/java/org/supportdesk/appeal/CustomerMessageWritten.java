package org.supportdesk.appeal;

import org.supportdesk.outbox.Draft;
import org.supportdesk.outbox.DraftKind;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/**
 * The core's outbound port: a message for the customer was written. Published inside the writing
 * transaction, so whoever delivers it (the channels) records the delivery in the same commit or not at
 * all. It says where the appeal came from ({@code channel}, {@code channelAddress}) and the contact
 * e-mail, so the channels can route it without reading the appeal.
 */
public record CustomerMessageWritten(Draft.Reference reference, DraftKind kind, Channel channel,
                                     String channelAddress, String contactEmail, Language language, String subject,
                                     String body) {

    static CustomerMessageWritten of(Appeal appeal, long messageId, MessageKind kind, String body) {
        // the kinds of an appeal's messages for the customer are draft kinds of the same name
        return new CustomerMessageWritten(Draft.Reference.appealMessage(appeal.number(), appeal.id(), messageId),
                DraftKind.valueOf(kind.name()), appeal.channel(), appeal.channelAddress(), appeal.contactEmail(),
                appeal.language(), appeal.subject(), body);
    }
}
