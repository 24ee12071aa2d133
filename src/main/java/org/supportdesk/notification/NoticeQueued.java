package org.supportdesk.notification;

import java.util.List;

import org.supportdesk.outbox.DraftKind;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/**
 * Notices for customers, published inside the transaction that records them, so the channels
 * queue their delivery in the same commit. One event for a whole fan-out.
 */
public record NoticeQueued(String notificationNumber, DraftKind kind, List<Notice> notices) {

    /** One message to one contact on their preferred channel. */
    public record Notice(Channel channel, String address, Language language, String subject, String body) {
    }
}
