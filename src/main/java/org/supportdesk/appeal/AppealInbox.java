package org.supportdesk.appeal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.supportdesk.outbox.SentMessages;
import org.supportdesk.appeal.InboundMessage.Failure;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;

/**
 * The core's one inbound port for all channels: a platform's message becomes a new appeal, or a
 * follow-up on the appeal it continues (threading), its text kept within what an appeal holds. A
 * delivery the platform repeats is taken in once, also when the repeats arrive at the same time.
 * Files the platform keeps are fetched after the message is taken in (and the platform answered),
 * so a slow file server never makes the platform deliver again.
 */
@Service
public class AppealInbox {

    private static final Logger log = LoggerFactory.getLogger(AppealInbox.class);
    /** Our description column holds 20,000 characters; a longer message keeps its start. */
    static final int MAX_TEXT = 20_000;

    private final InboundReceipts receipts;
    private final SenderIdentities identities;
    private final SentMessages sent;
    private final Appeals appeals;
    private final AppealIntake intake;
    private final AppealConversation conversation;
    private final UploadPolicy uploads;
    private final InboundFiles files;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AppealInbox(InboundReceipts receipts, SenderIdentities identities, SentMessages sent, Appeals appeals,
                AppealIntake intake, AppealConversation conversation, UploadPolicy uploads, InboundFiles files,
                PlatformTransactionManager transactions, Clock clock) {
        this.receipts = receipts;
        this.identities = identities;
        this.sent = sent;
        this.appeals = appeals;
        this.intake = intake;
        this.conversation = conversation;
        this.uploads = uploads;
        this.files = files;
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
            return new InboundOutcome(InboundOutcome.Kind.DUPLICATE, null);
        }
    }

    /**
     * A phone call an agent registers (channel PHONE, {@code registeredBy} the agent): a new appeal,
     * whose number it answers. Refused input throws {@link InvalidRequestException} naming the field.
     */
    public String registerCall(IntakeCommand call) {
        return intake.register(call).appeal().number();
    }

    /** How many files one message may bring. */
    public int maxFiles() {
        return uploads.maxFiles();
    }

    /** The largest file the desk keeps: a channel need not fetch what is larger. */
    public long maxFileBytes() {
        return uploads.maxFileBytes();
    }

    /** The platform ids of what the customer sent on this appeal through this channel, oldest first. */
    public List<String> deliveryIdsOf(Channel channel, long appealId) {
        return receipts.externalIds(channel, appealId);
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
        Files kept = new Files();
        String text = limited(withRefusedFilesNoted(message, kept));
        if (text.isBlank() && kept.count() == 0) {
            return new InboundOutcome(InboundOutcome.Kind.IGNORED, null);
        }
        if (open.isPresent()) {
            Appeal appeal = open.get();
            conversation.customerIdentified(appeal.number(), given.login(), given.project());
            AppealMessage written = conversation.customerWrites(appeal.number(), text.isBlank() ? "-" : text,
                    kept.received);
            receipts.attachToAppeal(receiptId, appeal.id());
            files.queue(appeal.id(), written.id(), message.channel(), kept.onPlatform);
            return new InboundOutcome(InboundOutcome.Kind.FOLLOW_UP, appeal.number());
        }
        String login = given.login() != null ? given.login() : knownLogin.orElse(null);
        IntakeResult registered = intake.register(new IntakeCommand(
                new IntakeCommand.Origin(message.channel(), address, null),
                new IntakeCommand.Contact(login, given.project(), message.channel() == Channel.MAIL ? address : null,
                        message.senderName()),
                message.subject(), text.isBlank() ? kept.names() : text, null, kept.received));
        receipts.attachToAppeal(receiptId, registered.appeal().id());
        files.queue(registered.appeal().id(), null, message.channel(), kept.onPlatform);
        return new InboundOutcome(InboundOutcome.Kind.NEW_APPEAL, registered.appeal().number());
    }

    /**
     * The appeal this message continues: one its mail headers refer to, one whose number the
     * subject quotes (from the same address only: a number alone is no proof), or else the
     * sender's open appeal on this channel.
     */
    private Optional<Appeal> threadOf(InboundMessage message, String address) {
        Optional<Long> referenced = receipts.appealOf(message.channel(), message.threadReferences())
                .or(() -> sent.appealOf(message.threadReferences()));
        Optional<Appeal> byReference = referenced.flatMap(appeals::findById).filter(AppealInbox::isOpen);
        if (byReference.isPresent()) {
            return byReference;
        }
        if (message.subjectNumber() != null) {
            Optional<Appeal> bySubject = appeals.find(message.subjectNumber())
                    .filter(AppealInbox::isOpen)
                    .filter(appeal -> appeal.channel() == message.channel() && address.equals(appeal.channelAddress()));
            if (bySubject.isPresent()) {
                return bySubject;
            }
        }
        return appeals.findOpenOnChannel(message.channel(), address);
    }

    /**
     * A file the upload rules refuse does not lose the message: the customer's text says which one, in
     * the language of that text (what the customer reads on their page, and what the agent answers in).
     * Files on the platform count against the same limits; their content is checked once fetched.
     */
    private String withRefusedFilesNoted(InboundMessage message, Files kept) {
        StringBuilder text = new StringBuilder(message.text());
        Language language = Language.of(message.subject(), message.text());
        for (IntakeCommand.Upload upload : message.attachments()) {
            if (kept.count() >= uploads.maxFiles()) {
                text.append(notKept(upload.fileName(), Failure.TOO_MANY, language));
                continue;
            }
            try {
                uploads.check(upload.fileName(), upload.content());
                kept.received.add(upload);
            } catch (InvalidRequestException refused) {
                text.append(notKept(UploadPolicy.safeName(upload.fileName()),
                        Failure.refused(upload.content(), uploads.maxFileBytes()), language));
            }
        }
        for (InboundMessage.FileReference file : message.fileReferences()) {
            if (kept.count() >= uploads.maxFiles()) {
                text.append(notKept(file.fileName(), Failure.TOO_MANY, language));
            } else if (file.reference() == null) {
                text.append(notKept(file.fileName(), Failure.NO_ADDRESS, language));
            } else if (file.declaredSize() > uploads.maxFileBytes()) {
                text.append(notKept(file.fileName(), Failure.TOO_LARGE, language));
            } else {
                kept.onPlatform.add(file);
            }
        }
        return text.toString().strip();
    }

    static String notKept(String fileName, Failure why, Language language) {
        return "\n" + why.noteInText(fileName, language);
    }

    static String limited(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 10) + "\n[...]";
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

    /** The files a message keeps: those that came with it, and those still on the platform. */
    private static final class Files {
        final List<IntakeCommand.Upload> received = new ArrayList<>();
        final List<InboundMessage.FileReference> onPlatform = new ArrayList<>();

        int count() {
            return received.size() + onPlatform.size();
        }

        /** The description of a message of files only. */
        String names() {
            return Stream.concat(received.stream().map(IntakeCommand.Upload::fileName),
                    onPlatform.stream().map(InboundMessage.FileReference::fileName))
                    .collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** Unwinds the transaction of a repeated delivery. */
    private static final class DuplicateDelivery extends RuntimeException {
        DuplicateDelivery() {
            super(null, null, false, false);
        }
    }
}
