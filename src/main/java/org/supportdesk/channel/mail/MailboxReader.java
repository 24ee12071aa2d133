package org.supportdesk.channel.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessageRemovedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import jakarta.mail.URLName;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.AppealInbox;
import org.supportdesk.appeal.InboundMessage;
import org.supportdesk.appeal.InboundOutcome;
import org.supportdesk.system.DatabaseFailure;
import org.supportdesk.system.DatabaseOutage;

/**
 * Reads the support mailbox over IMAP: every unread mail is handed to the {@link AppealInbox} and
 * marked read only once the inbox took it. A mail that fails stays unread and is tried again on the
 * next poll; the inbox's dedup by Message-ID makes a second reading harmless. Nothing is deleted or
 * moved, so the mailbox keeps the originals.
 */
@Component
class MailboxReader {

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

    /** A poll after a long outage takes the backlog in slices, so the scheduler thread is not held for long. */
    static final int MAX_MESSAGES_PER_POLL = 50;
    /** Remembered failing mails (to warn once per mail); cleared if it ever grows this large. */
    private static final int MAX_REMEMBERED_FAILURES = 1000;

    private final MailSettings settings;
    private final AppealInbox inbox;
    private final MailParser parser;
    private static final String COMPONENT = "mailbox reader";

    private final Set<String> failedBefore = new LinkedHashSet<>();
    private final DatabaseOutage outage;
    private volatile boolean mailboxFailing;

    MailboxReader(MailSettings settings, AppealInbox inbox,
                  @Value("${supportdesk.appeal-number-prefix}") String numberPrefix, DatabaseOutage outage) {
        this.outage = outage;
        this.settings = settings;
        this.inbox = inbox;
        this.parser = new MailParser(numberPrefix, inbox.maxFiles(), inbox.maxFileBytes(),
                MailSender.addressOf(settings.from()));
    }

    @Scheduled(fixedDelayString = "${supportdesk.channels.mail.poll-interval}")
    void poll() {
        if (!settings.inboundEnabled()) {
            return;
        }
        try {
            if (readMailbox() > 0) {
                outage.succeeded(COMPONENT);
            }
            if (mailboxFailing) {
                mailboxFailing = false;
                log.info("Mailbox {} can be read again", safeUrl());
            }
        } catch (MessagingException | RuntimeException e) {
            if (outage.failed(COMPONENT, e)) {
                // the database is away: the mail stays unread and the next poll tries again
                return;
            }
            // one warning when the mailbox goes away, not one every poll
            if (!mailboxFailing) {
                mailboxFailing = true;
                log.warn("Mailbox {} cannot be read; trying again every {} until it can: {}", safeUrl(),
                        settings.pollInterval(), e.toString());
            } else {
                log.debug("Mailbox {} still cannot be read: {}", safeUrl(), e.toString());
            }
        }
    }

    /** Returns how many mails the inbox took. */
    private int readMailbox() throws MessagingException {
        URLName url = new URLName(settings.imapUrl().strip());
        String protocol = url.getProtocol() == null ? "" : url.getProtocol().toLowerCase(Locale.ROOT);
        if (!protocol.equals("imap") && !protocol.equals("imaps")) {
            throw new IllegalStateException("supportdesk.channels.mail.imap-url must start with imap:// or imaps://");
        }
        Store store = Session.getInstance(sessionProperties(protocol)).getStore(url);
        store.connect();
        try {
            String folderName = url.getFile() == null || url.getFile().isBlank() ? "INBOX" : url.getFile();
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_WRITE);
            try {
                int taken = 0;
                for (Message message : nextBatch(folder)) {
                    if (read(folder, message)) {
                        taken++;
                    }
                }
                return taken;
            } finally {
                closeQuietly(folder);
            }
        } finally {
            store.close();
        }
    }

    /** Unread mail, oldest first; mails that failed before come after the fresh ones, so they block nothing. */
    private List<Message> nextBatch(Folder folder) throws MessagingException {
        Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        FetchProfile uids = new FetchProfile();
        uids.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(unread, uids);
        List<Message> fresh = new ArrayList<>();
        List<Message> retried = new ArrayList<>();
        for (Message message : unread) {
            (failedBefore.contains(key(folder, message)) ? retried : fresh).add(message);
        }
        fresh.addAll(retried);
        List<Message> batch = fresh.size() <= MAX_MESSAGES_PER_POLL ? fresh : fresh.subList(0, MAX_MESSAGES_PER_POLL);
        // headers and structure of the whole batch in one round trip instead of several per mail
        FetchProfile structure = new FetchProfile();
        structure.add(FetchProfile.Item.ENVELOPE);
        structure.add(FetchProfile.Item.CONTENT_INFO);
        structure.add(IMAPFolder.FetchProfileItem.HEADERS);
        folder.fetch(batch.toArray(Message[]::new), structure);
        return batch;
    }

    /** True when the inbox took the mail; a database outage ends the poll (the mail stays unread). */
    private boolean read(Folder folder, Message message) throws MessagingException {
        String key = key(folder, message);
        try {
            InboundMessage inbound = parser.parse((MimeMessage) message);
            if (!folder.isOpen()) {
                // the connection broke while the mail was read: what was read may be incomplete
                throw new FolderClosedException(folder, "connection lost while reading");
            }
            InboundOutcome outcome = inbox.receive(inbound);
            log.debug("Mail {} from {}: {} {}", inbound.deliveryId(), inbound.senderAddress(), outcome.kind(),
                    outcome.appealNumber());
        } catch (UnreadableMailException e) {
            log.warn("Mail {} cannot become an appeal ({}); marked read and left in the mailbox",
                    messageIdOf(message), e.getMessage());
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessageRemovedException e) {
            log.debug("Mail {} was deleted by another client while it was read", key);
            return false;
        } catch (RuntimeException e) {
            if (DatabaseFailure.transientFailure(e)) {
                throw e;
            }
            noteFailure(message, key, e);
            return false;
        } catch (MessagingException e) {
            noteFailure(message, key, e);
            return false;
        }
        failedBefore.remove(key);
        message.setFlag(Flags.Flag.SEEN, true);
        return true;
    }

    /** The mail stays unread for the next poll; one warning per mail, not one per poll. */
    private void noteFailure(Message message, String key, Exception e) {
        if (rememberFailure(key)) {
            log.warn("Mail {} could not be taken in; it stays unread and is tried again on every poll",
                    messageIdOf(message), e);
        } else {
            log.debug("Mail {} still could not be taken in: {}", messageIdOf(message), e.toString());
        }
    }

    /** True the first time this mail fails. */
    private boolean rememberFailure(String key) {
        if (failedBefore.size() >= MAX_REMEMBERED_FAILURES) {
            failedBefore.clear();
        }
        return failedBefore.add(key);
    }

    private static String key(Folder folder, Message message) throws MessagingException {
        if (folder instanceof UIDFolder uids) {
            return uids.getUIDValidity() + ":" + uids.getUID(message);
        }
        return "#" + message.getMessageNumber();
    }

    private static String messageIdOf(Message message) {
        try {
            String[] ids = message.getHeader("Message-ID");
            return ids == null || ids.length == 0 ? "(no Message-ID)" : ids[0];
        } catch (MessagingException e) {
            return "(unreadable)";
        }
    }

    private static Properties sessionProperties(String protocol) {
        Properties properties = new Properties();
        // a hanging server must not hold the scheduler thread (the outbox shares it)
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        // reading a mail must not mark it read: only a mail the inbox took is flagged SEEN
        properties.put("mail." + protocol + ".peek", "true");
        if (protocol.equals("imaps")) {
            properties.put("mail.imaps.ssl.checkserveridentity", "true");
        }
        return properties;
    }

    private static void closeQuietly(Folder folder) {
        try {
            if (folder.isOpen()) {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.debug("Closing the mail folder failed", e);
        }
    }

    /** The mailbox URL for logs: without its password. */
    private String safeUrl() {
        try {
            URLName url = new URLName(settings.imapUrl().strip());
            return new URLName(url.getProtocol(), url.getHost(), url.getPort(), url.getFile(), url.getUsername(),
                    null).toString();
        } catch (RuntimeException unparsable) {
            return "(unparsable imap-url)";
        }
    }
}
