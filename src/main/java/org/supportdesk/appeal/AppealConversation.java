package org.supportdesk.appeal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supportdesk.appeal.AppealMessage.Direction;
import org.supportdesk.appeal.process.AppealProcess;

/**
 * Everything written on an appeal after intake: customer replies, agents' answers and notes, and
 * the automatic messages of the process. Every message for the customer is announced as a
 * {@link CustomerMessageWritten} event in the same transaction; the channels deliver it from there.
 */
@Service
public class AppealConversation {

    private final AppealRepository appeals;
    private final ConversationRepository conversation;
    private final UploadPolicy uploads;
    private final AppealProcess process;
    private final Clock clock;
    private final AppealMetrics metrics;
    private final ApplicationEventPublisher events;

    AppealConversation(AppealRepository appeals, ConversationRepository conversation, UploadPolicy uploads,
                       AppealProcess process, Clock clock, AppealMetrics metrics,
                       ApplicationEventPublisher events) {
        this.appeals = appeals;
        this.conversation = conversation;
        this.uploads = uploads;
        this.process = process;
        this.clock = clock;
        this.metrics = metrics;
        this.events = events;
    }

    /** The customer writes again; if we were waiting for them, the process goes on. */
    @Transactional
    public AppealMessage customerWrites(String number, String body, List<IntakeCommand.Upload> files) {
        Appeal appeal = appeals.getByNumber(number);
        if (appeal.status() == AppealStatus.REJECTED || appeal.status() == AppealStatus.CLOSED) {
            throw new AppealClosedException(number);
        }
        long id = insert(appeal, Direction.INBOUND, MessageKind.CUSTOMER_MESSAGE, null, Visibility.CUSTOMER, body,
                files, clock.instant());
        // waiting for them: the work goes on; after resolution: the appeal reopens
        if (appeal.status() == AppealStatus.WAITING_FOR_CUSTOMER || appeal.status() == AppealStatus.RESOLVED) {
            process.customerReplied(number);
        }
        return message(appeal.id(), id);
    }

    /** The customer confirms the resolution: the appeal closes. */
    @Transactional
    public void customerConfirms(String number) {
        Appeal appeal = appeals.getByNumber(number);
        if (appeal.status() != AppealStatus.RESOLVED) {
            throw new AppealClosedException(number, "only a resolved appeal can be confirmed");
        }
        process.customerConfirmed(number);
    }

    /** An agent answers the customer or leaves an internal note. Only answers count as first answer. */
    @Transactional
    public AppealMessage staffWrites(String number, String author, Visibility visibility, MessageKind kind,
                                     String body) {
        return staffWrites(number, author, visibility, kind, body, List.of());
    }

    /**
     * The same with files for the customer, checked by the same upload rules as the customer's. They
     * belong to the message, so the channels send them with it; internal notes take none (they would
     * have nowhere to go that only staff see).
     */
    @Transactional
    public AppealMessage staffWrites(String number, String author, Visibility visibility, MessageKind kind,
                                     String body, List<IntakeCommand.Upload> files) {
        Appeal appeal = appeals.getByNumber(number);
        if (!files.isEmpty() && visibility != Visibility.CUSTOMER) {
            throw new InvalidRequestException("attachments", "files go to the customer; an internal note takes none");
        }
        Instant now = clock.instant();
        long id = insert(appeal, Direction.OUTBOUND, kind, author, visibility, body, files, now);
        if (visibility == Visibility.CUSTOMER) {
            events.publishEvent(CustomerMessageWritten.of(appeal, id, kind, body));
        }
        if (visibility == Visibility.CUSTOMER && appeals.markFirstAnswered(appeal.id(), now)) {
            metrics.firstAnswered(appeal, now);
            process.firstAnswerGiven(appeal.number(), appeal.resolutionDueAt());
        }
        return message(appeal.id(), id);
    }

    /**
     * Whether an agent answered the customer after the customer last wrote (or after the appeal came
     * in): resolving needs an answer, so the customer never gets only the automatic resolution notice.
     */
    public boolean answeredSinceCustomerWrote(String number) {
        boolean answered = false;
        for (AppealMessage message : conversation.messages(appeals.getByNumber(number).id(), false)) {
            if (message.kind() == MessageKind.CUSTOMER_MESSAGE) {
                answered = false;
            } else if (message.kind() == MessageKind.REPLY) {
                answered = true;
            }
        }
        return answered;
    }

    /** An automatic message to the customer (acknowledgement, rejection, resolution notice). */
    @Transactional
    public void systemWrites(Appeal appeal, MessageKind kind, String body) {
        long id = conversation.insertMessage(appeal.id(), Direction.OUTBOUND, kind, null, Visibility.CUSTOMER, body,
                clock.instant());
        events.publishEvent(CustomerMessageWritten.of(appeal, id, kind, body));
    }

    /**
     * An automatic answer from the customer's side (out of office, delivery report): kept for staff,
     * but it neither resumes nor reopens anything, and nothing answers it, so no mail loop starts.
     */
    @Transactional
    public void automaticReplyReceived(String number, String body) {
        Appeal appeal = appeals.getByNumber(number);
        conversation.insertMessage(appeal.id(), Direction.INBOUND, MessageKind.AUTO_REPLY, null,
                Visibility.INTERNAL, body, clock.instant());
    }

    /** Login and project the customer gave after the first message fill what the appeal lacked. */
    @Transactional
    public void customerIdentified(String number, String login, String project) {
        if (login == null && project == null) {
            return;
        }
        appeals.fillMissingContact(appeals.getByNumber(number).id(), login, project);
    }

    /** Closes the appeal and tells the customer why. */
    @Transactional
    public void close(Appeal appeal, String notice) {
        appeals.markClosed(appeal.id(), clock.instant());
        systemWrites(appeal, MessageKind.CLOSURE, notice);
    }

    /** Stops the SLA clock until the customer replies. */
    @Transactional
    public void waitForCustomer(Appeal appeal) {
        appeals.startWaiting(appeal.id(), clock.instant());
    }

    /** Restarts the SLA clock; returns how long it was stopped. */
    @Transactional
    public Duration customerReplied(Appeal appeal, AppealStatus resumeWith) {
        Instant since = appeal.waitingSince();
        Duration waited = since == null ? Duration.ZERO : Duration.between(since, clock.instant());
        appeals.stopWaiting(appeal.id(), resumeWith, Math.max(0, waited.getSeconds()));
        return waited;
    }

    public boolean hasAttachments(Appeal appeal) {
        return !conversation.attachments(appeal.id()).isEmpty();
    }

    /** The conversation, oldest first; internal notes only for staff. */
    public List<AppealMessage> messages(Appeal appeal, boolean includeInternal) {
        return conversation.messages(appeal.id(), includeInternal);
    }

    public List<Attachment> attachments(Appeal appeal) {
        return conversation.attachments(appeal.id());
    }

    /** A file of this appeal with its content; empty when the id belongs to another appeal. */
    public Optional<StoredFile> attachmentContent(Appeal appeal, long attachmentId) {
        return conversation.attachmentContent(appeal.id(), attachmentId);
    }

    /** A message and its files, checked by the upload rules before anything is written. */
    private long insert(Appeal appeal, Direction direction, MessageKind kind, String author, Visibility visibility,
                        String body, List<IntakeCommand.Upload> files, Instant now) {
        List<StoredFile> checked = uploads.checkAll(files);
        long id = conversation.insertMessage(appeal.id(), direction, kind, author, visibility, body, now);
        checked.forEach(file -> conversation.insertAttachment(appeal.id(), id, file, now));
        return id;
    }

    private AppealMessage message(long appealId, long messageId) {
        return conversation.messages(appealId, true).stream()
                .filter(m -> m.id() == messageId)
                .findFirst()
                .orElseThrow();
    }
}
