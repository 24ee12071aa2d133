package org.supportdesk.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supportdesk.appeal.AccessTokens;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.MessageKind;
import org.supportdesk.appeal.Visibility;
import org.supportdesk.customer.CustomerDirectory;
import org.supportdesk.managedservices.ManagedServicesContracts;
import org.supportdesk.notification.process.NotificationProcess;
import org.supportdesk.outbox.DraftKind;
import org.supportdesk.vocabulary.Language;

/**
 * Proactive notifications: filing (API or Tasklist), the fan-out to project owners, reminders,
 * updates and the final notice, and acknowledgements. Every notice leaves through the channels'
 * outbox, written in the transaction that records it.
 */
@Service
public class Notifications {


    private final NotificationRepository notifications;
    private final CustomerDirectory directory;
    private final ManagedServicesContracts contracts;
    private final NotificationSettings settings;
    private final NotificationProcess process;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Appeals appeals;
    private final AppealConversation conversation;

    Notifications(NotificationRepository notifications, CustomerDirectory directory,
                  ManagedServicesContracts contracts, NotificationSettings settings, NotificationProcess process,
                  ApplicationEventPublisher events, Clock clock, Appeals appeals,
                  AppealConversation conversation) {
        this.notifications = notifications;
        this.directory = directory;
        this.contracts = contracts;
        this.settings = settings;
        this.process = process;
        this.events = events;
        this.clock = clock;
        this.appeals = appeals;
        this.conversation = conversation;
    }

    public record Filing(NotificationType type, String service, String region, List<String> projects, String title,
                         String details, String recommendations, String reportedBy) {
    }

    /** Filed through the API: the row, then the process. */
    @Transactional
    public ServiceNotification file(Filing filing) {
        String number = register(filing);
        process.start(number, filing.type(), filing.reportedBy());
        return notifications.get(number);
    }

    /** Writes the row; returns the number (the process's business key). */
    public String register(Filing filing) {
        String number = notifications.nextNumber();
        notifications.insert(number, filing.type(), filing.service(), filing.region(), filing.projects(),
                filing.title(), filing.details(), filing.recommendations(), filing.reportedBy(), clock.instant());
        return number;
    }

    /**
     * Tells every owner of the listed projects (or of every project in the region when none are
     * listed) on their preferred channel, each with their own acknowledgement link. Returns how many.
     */
    @Transactional
    public int sendToOwners(String number) {
        ServiceNotification notification = notifications.get(number);
        List<CustomerDirectory.Recipient> owners = notification.projects().isEmpty()
                ? (notification.region() == null ? List.of() : directory.ownersInRegion(notification.region()))
                : directory.ownersOfProjects(notification.projects());
        List<NotificationRepository.NewRecipient> recipients = new ArrayList<>(owners.size());
        List<NoticeQueued.Notice> notices = new ArrayList<>(owners.size());
        for (CustomerDirectory.Recipient owner : owners) {
            String token = AccessTokens.newToken();
            recipients.add(new NotificationRepository.NewRecipient(owner.contactId(), owner.login(),
                    owner.projectCode(), owner.channel(), owner.address(), owner.language(), AccessTokens.hash(token)));
            notices.add(new NoticeQueued.Notice(owner.channel(), owner.address(), owner.language(),
                    NoticeTexts.subject(notification, owner.language(), DraftKind.NOTIFICATION),
                    NoticeTexts.notice(notification, owner.language(), ackLink(token))));
        }
        notifications.insertRecipients(notification.id(), recipients);
        notifications.markSent(notification.id(), clock.instant());
        events.publishEvent(new NoticeQueued(number, DraftKind.NOTIFICATION, notices));
        return owners.size();
    }

    /**
     * Reminds those who have not acknowledged; returns how many. Their links are new (the old
     * ones stay valid): tokens are stored only as hashes, so the first cannot be sent again.
     */
    @Transactional
    public int remindUnacknowledged(String number) {
        ServiceNotification notification = notifications.get(number);
        List<NotificationRepository.Recipient> open = notifications.recipients(notification.id(), true);
        List<NoticeQueued.Notice> notices = new ArrayList<>();
        for (NotificationRepository.Recipient recipient : open) {
            notices.add(new NoticeQueued.Notice(recipient.channel(), recipient.address(), recipient.language(),
                    NoticeTexts.subject(notification, recipient.language(), DraftKind.NOTIFICATION_REMINDER),
                    NoticeTexts.reminder(notification, recipient.language(), null)));
        }
        notifications.markReminded(notification.id(), clock.instant());
        if (!notices.isEmpty()) {
            events.publishEvent(new NoticeQueued(number, DraftKind.NOTIFICATION_REMINDER, notices));
        }
        return open.size();
    }

    /** The notice as an owner reads it in that language, without their acknowledgement link. */
    public String noticeText(ServiceNotification notification, Language language) {
        return NoticeTexts.notice(notification, language, null);
    }

    /**
     * The owners the notice goes (or went) to: the listed projects' owners, or every owner in the
     * region when no project is listed, as the directory knows them now.
     */
    public List<CustomerDirectory.Recipient> owners(ServiceNotification notification) {
        return notification.projects().isEmpty()
                ? (notification.region() == null ? List.of() : directory.ownersInRegion(notification.region()))
                : directory.ownersOfProjects(notification.projects());
    }

    public List<NotificationRepository.Recipient> unacknowledged(String number) {
        return notifications.recipients(notifications.get(number).id(), true);
    }

    /** The account's Managed Services team when one of them has a contract; support leads in any case. */
    public String followUpGroups(List<NotificationRepository.Recipient> unacknowledged) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        boolean managed = unacknowledged.stream().anyMatch(r -> contracts.hasActiveContract(r.login(), today));
        return managed ? "managed-services,support-leads" : "support-leads";
    }

    /** An update to every recipient; the last one says the event is resolved. */
    @Transactional
    public void postUpdate(String number, String body, boolean resolved, String by) {
        ServiceNotification notification = notifications.get(number);
        Instant now = clock.instant();
        notifications.insertUpdate(notification.id(), body, resolved, by, now);
        DraftKind kind = resolved ? DraftKind.NOTIFICATION_FINAL : DraftKind.NOTIFICATION_UPDATE;
        List<NoticeQueued.Notice> notices = new ArrayList<>();
        for (NotificationRepository.Recipient recipient : notifications.recipients(notification.id(), false)) {
            notices.add(new NoticeQueued.Notice(recipient.channel(), recipient.address(), recipient.language(),
                    NoticeTexts.subject(notification, recipient.language(), kind),
                    NoticeTexts.update(notification, recipient.language(), body, resolved)));
        }
        if (resolved) {
            notifications.markResolved(notification.id(), now);
        }
        answerLinkedAppeals(notification, body, resolved, by);
        if (!notices.isEmpty()) {
            events.publishEvent(new NoticeQueued(number, kind, notices));
        }
    }

    /**
     * An agent links a customer's appeal to the event: the appeal gets the notice's text now and
     * every update later, as answers. Returns false when it was linked already.
     */
    @Transactional
    public boolean linkAppeal(String number, String appealNumber, String by) {
        ServiceNotification notification = notifications.get(number);
        Appeal appeal = appeals.get(appealNumber);
        boolean linked = notifications.linkAppeal(notification.id(), appeal.id(), by, clock.instant());
        if (linked && appeal.status() != AppealStatus.CLOSED && appeal.status() != AppealStatus.REJECTED) {
            conversation.staffWrites(appealNumber, by, Visibility.CUSTOMER, MessageKind.REPLY,
                    NoticeTexts.notice(notification, appeal.language(), null));
        }
        return linked;
    }

    private void answerLinkedAppeals(ServiceNotification notification, String body, boolean resolved, String by) {
        for (String appealNumber : notifications.linkedAppeals(notification.id())) {
            Appeal appeal = appeals.get(appealNumber);
            // the link already gave the first answer; updates need no bookkeeping in the appeal's process,
            // which the duty engineer completing the update task may not touch
            if (appeal.status() != AppealStatus.CLOSED && appeal.status() != AppealStatus.REJECTED) {
                conversation.systemWrites(appeal, MessageKind.REPLY,
                        NoticeTexts.update(notification, appeal.language(), body, resolved));
            }
        }
    }

    /** A recipient confirms with the token of their link; the number, or empty for an unknown token. */
    @Transactional
    public Optional<String> acknowledge(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return notifications.acknowledge(AccessTokens.hash(token.strip()), clock.instant());
    }

    private String ackLink(String token) {
        return settings.getPublicUrl() + "/notifications/ack?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
