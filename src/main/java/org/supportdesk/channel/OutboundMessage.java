package org.supportdesk.channel;

import java.util.List;

import org.supportdesk.vocabulary.Language;

/**
 * One outbox entry as a sender sees it.
 *
 * @param id                   the outbox id: stable across retries (VK derives its random_id from it)
 * @param deliveryKey          random and stable across retries (the unique part of a mail Message-ID)
 * @param kind                 why it was written (ACKNOWLEDGEMENT, REPLY, ...)
 * @param automatic            written by the process, not a person
 * @param customerMessageIds   platform ids of what the customer sent on this appeal, oldest first
 * @param sentMessageIds       platform ids of what we sent on it through this channel, oldest first
 */
public record OutboundMessage(
        long id,
        String deliveryKey,
        String appealNumber,
        String recipient,
        String kind,
        boolean automatic,
        String subject,
        String body,
        Language language,
        List<String> customerMessageIds,
        List<String> sentMessageIds) {
}
