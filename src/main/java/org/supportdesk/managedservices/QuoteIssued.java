package org.supportdesk.managedservices;

import org.supportdesk.vocabulary.Language;

/**
 * A quote was issued. Published inside the issuing transaction, so the mail to the customer
 * (queued by the channels) is written with it or not at all.
 */
public record QuoteIssued(String requestNumber, String contactEmail, String replyTo, Language language,
                          String subject, String body, String fileName, byte[] pdf) {
}
