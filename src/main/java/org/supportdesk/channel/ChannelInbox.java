package org.supportdesk.channel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.AppealIntake;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.IntakeCommand;
import org.supportdesk.appeal.IntakeResult;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.appeal.UploadPolicy;
import org.supportdesk.vocabulary.Channel;

/**
 * The one inbound port of all channels: a platform's message becomes a new appeal, or a
 * follow-up on the sender's open appeal on that channel. A delivery the platform repeats is
 * taken in once, also when the repeats arrive at the same time.
 */
@Service
public class ChannelInbox {

    private static final Logger log = LoggerFactory.getLogger(ChannelInbox.class);

    private final ChannelReceipts receipts;
    private final ChannelIdentities identities;
    private final OutboxRepository outbox;
    private final Appeals appeals;
    private final AppealIntake intake;
    private final AppealConversation conversation;
    private final UploadPolicy uploads;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ChannelInbox(ChannelReceipts receipts, ChannelIdentities identities, OutboxRepository outbox,
                 Appeals appeals, AppealIntake intake, AppealConversation conversation,
                 UploadPolicy uploads, PlatformTransactionManager transactions, Clock clock) {
        this.receipts = receipts;
        this.identities = identities;
        this.outbox = outbox;
        this.appeals = appeals;
        this.intake = intake;
        this.conversation = conversation;
        this.uploads = uploads;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public InboundOutcome receive(InboundMessage message) {
        String address = normalized(message);
        identities.seen(message.channel(), address, message.senderName(), clock.instant());
        try {
            return transaction.execute(status -> receiveOnce(message, address));
        } catch (DuplicateDelivery repeated) {
            log.debug("{} delivery {} was taken in before", message.channel(), message.deliveryId());
            return InboundOutcome.duplicate();
        }
    }

    private InboundOutcome receiveOnce(InboundMessage message, String address) {
        Optional<String> knownLogin = identities.lockAndReadLogin(message.channel(), address);
        long receiptId;
        try {
            receiptId = receipts.insert(message.channel(), message.deliveryId(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new DuplicateDelivery();
        }
        ContactDetails given = ContactDetails.in(message.text());
        if (given.login() != null) {
            identities.link(message.channel(), address, given.login());
        }
        Optional<Appeal> open = threadOf(message, address);

        if (message.automatic()) {
            open.ifPresent(appeal -> {
                conversation.automaticReplyReceived(appeal.number(), message.text());
                receipts.attachToAppeal(receiptId, appeal.id());
            });
            return new InboundOutcome(InboundOutcome.Kind.IGNORED, open.map(Appeal::number).orElse(null));
        }
        List<IntakeCommand.Upload> files = new ArrayList<>();
        String text = limited(withRefusedFilesNoted(message, files));
        if (text.isBlank() && files.isEmpty()) {
            return new InboundOutcome(InboundOutcome.Kind.IGNORED, null);
        }
        if (open.isPresent()) {
            Appeal appeal = open.get();
            conversation.customerIdentified(appeal.number(), given.login(), given.project());
            conversation.customerWrites(appeal.number(), text.isBlank() ? "-" : text, files);
            receipts.attachToAppeal(receiptId, appeal.id());
            return new InboundOutcome(InboundOutcome.Kind.FOLLOW_UP, appeal.number());
        }
        String login = given.login() != null ? given.login() : knownLogin.orElse(null);
        IntakeResult registered = intake.register(new IntakeCommand(message.channel(), login, given.project(),
                message.channel() == Channel.MAIL ? address : null, message.senderName(), message.subject(),
                text.isBlank() ? attachmentsOnly(files) : text, null, null, null, files, null, address));
        receipts.attachToAppeal(receiptId, registered.appeal().id());
        return new InboundOutcome(InboundOutcome.Kind.NEW_APPEAL, registered.appeal().number());
    }

    /**
     * The appeal this message continues: one its mail headers refer to, one whose number the
     * subject quotes (from the same address only: a number alone is no proof), or else the
     * sender's open appeal on this channel.
     */
    private Optional<Appeal> threadOf(InboundMessage message, String address) {
        Optional<Long> referenced = receipts.appealOf(message.channel(), message.threadReferences())
                .or(() -> outbox.appealOf(message.threadReferences()));
        Optional<Appeal> byReference = referenced.flatMap(appeals::findById).filter(ChannelInbox::isOpen);
        if (byReference.isPresent()) {
            return byReference;
        }
        if (message.subjectNumber() != null) {
            Optional<Appeal> bySubject = appeals.find(message.subjectNumber())
                    .filter(ChannelInbox::isOpen)
                    .filter(appeal -> appeal.channel() == message.channel() && address.equals(appeal.channelAddress()));
            if (bySubject.isPresent()) {
                return bySubject;
            }
        }
        return appeals.findOpenOnChannel(message.channel(), address);
    }

    /** A file the upload rules refuse does not lose the message: the customer's text says which one. */
    private String withRefusedFilesNoted(InboundMessage message, List<IntakeCommand.Upload> accepted) {
        StringBuilder text = new StringBuilder(message.text());
        for (IntakeCommand.Upload upload : message.attachments()) {
            if (accepted.size() >= uploads.maxFiles()) {
                text.append("\n[file not kept: ").append(upload.fileName()).append(" - too many files]");
                continue;
            }
            try {
                uploads.check(upload.fileName(), upload.content());
                accepted.add(upload);
            } catch (InvalidRequestException refused) {
                text.append("\n[file not kept: ").append(refused.getMessage()).append("]");
            }
        }
        return text.toString().strip();
    }

    /** Our description column holds 20,000 characters; a longer mail keeps its start. */
    private static String limited(String text) {
        return text.length() <= 20_000 ? text : text.substring(0, 19_990) + "\n[...]";
    }

    private static String attachmentsOnly(List<IntakeCommand.Upload> files) {
        return "[" + String.join(", ", files.stream().map(IntakeCommand.Upload::fileName).toList()) + "]";
    }

    private static boolean isOpen(Appeal appeal) {
        return appeal.status() != AppealStatus.CLOSED && appeal.status() != AppealStatus.REJECTED;
    }

    private static String normalized(InboundMessage message) {
        // mail addresses compare without case; platform ids are digits or opaque strings
        return message.channel() == Channel.MAIL
                ? message.senderAddress().strip().toLowerCase(Locale.ROOT)
                : message.senderAddress().strip();
    }

    /** Unwinds the transaction of a repeated delivery. */
    private static final class DuplicateDelivery extends RuntimeException {
        DuplicateDelivery() {
            super(null, null, false, false);
        }
    }
}
