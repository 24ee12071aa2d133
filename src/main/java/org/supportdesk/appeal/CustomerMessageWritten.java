package org.supportdesk.appeal;

/**
 * A message for the customer was written. Published inside the writing transaction, so whoever
 * delivers it (the channels) records the delivery in the same commit or not at all.
 */
public record CustomerMessageWritten(Appeal appeal, long messageId, MessageKind kind, String body) {
}
