package org.supportdesk.channel.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The support mailbox: where customers' mail is read (IMAP) and the address our replies come from.
 * Either half can be on without the other: an empty IMAP URL stops reading, an empty sender address
 * stops sending (the SMTP server itself is Spring's {@code spring.mail.*}).
 *
 * @param imapUrl      imap://user:password@host:143/INBOX or imaps://...:993/INBOX
 * @param from         the support address, optionally with a display name ("Support &lt;support@example.com&gt;")
 * @param pollInterval how often the mailbox is read
 */
@ConfigurationProperties("supportdesk.channels.mail")
public record MailSettings(String imapUrl, String from, Duration pollInterval) {

    public boolean inboundEnabled() {
        return imapUrl != null && !imapUrl.isBlank();
    }

    public boolean outboundEnabled() {
        return from != null && !from.isBlank();
    }
}
