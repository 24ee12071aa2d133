package org.supportdesk.workspace;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.CostRequestStatus;
import org.supportdesk.managedservices.ManagedServicesContracts;
import org.supportdesk.managedservices.QuoteLine;
import org.supportdesk.managedservices.ServiceGroup;
import org.supportdesk.notification.NotificationRepository;
import org.supportdesk.notification.NotificationSettings;
import org.supportdesk.notification.Notifications;
import org.supportdesk.notification.ServiceNotification;
import org.supportdesk.security.AccessModel;
import org.supportdesk.security.RecordAccess;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.workspace.process.StaffUsers;
import org.supportdesk.workspace.process.TaskLookup;
import org.supportdesk.workspace.process.WorkTask;

/**
 * The live view of the tasks that belong to no appeal: Managed Services cost requests (and their
 * onboarding steps) and service notices, read through those features' own services every time, so
 * a task shows what is true when it is opened or refreshed. Nothing of it is copied into the process.
 */
@Service
class LiveRecords {

    /** The processes whose tasks show a cost request: the request itself and its onboardings. */
    static final List<String> COST_REQUEST_PROCESSES = Stream.concat(Stream.of(AccessModel.COST_REQUEST),
            AccessModel.ONBOARDINGS.stream()).toList();
    static final List<String> NOTICE_PROCESSES = List.of(AccessModel.SERVICE_NOTIFICATION);

    private final CostRequestRepository requests;
    private final ManagedServicesContracts contracts;
    private final NotificationRepository notices;
    private final Notifications notifications;
    private final NotificationSettings noticeSettings;
    private final TaskLookup lookup;
    private final WorkspaceQueries queries;
    private final RecordAccess access;
    private final StaffUsers users;
    private final Clock clock;

    LiveRecords(CostRequestRepository requests, ManagedServicesContracts contracts, NotificationRepository notices,
                Notifications notifications, NotificationSettings noticeSettings, TaskLookup lookup,
                WorkspaceQueries queries, RecordAccess access, StaffUsers users, Clock clock) {
        this.requests = requests;
        this.contracts = contracts;
        this.notices = notices;
        this.notifications = notifications;
        this.noticeSettings = noticeSettings;
        this.lookup = lookup;
        this.queries = queries;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    /** What a task's process is about, by its key; empty for processes the workspace shows nothing of. */
    static Optional<RecordView.Kind> kindOf(String processKey) {
        if (processKey == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (processKey) {
            case AccessModel.APPEAL -> RecordView.Kind.APPEAL;
            case AccessModel.COST_REQUEST -> RecordView.Kind.COST_REQUEST;
            case AccessModel.SERVICE_NOTIFICATION -> RecordView.Kind.NOTIFICATION;
            default -> AccessModel.ONBOARDINGS.contains(processKey) ? RecordView.Kind.ONBOARDING : null;
        });
    }

    /**
     * Whether the caller may read this cost request: they filed it, their groups work on every task of one of
     * its processes (the access table), or Camunda lets them see one of its open tasks.
     */
    boolean mayReadCostRequest(Caller caller, String number) {
        return requests.findByNumber(number).map(r -> caller.user().equals(r.origin().createdBy())).orElse(false)
                || access.mayRead(caller.user(), caller.groups(), COST_REQUEST_PROCESSES, number);
    }

    /** Whether the caller may read this notice: the duty engineers, and whoever sees one of its tasks. */
    boolean mayReadNotice(Caller caller, String number) {
        return access.mayRead(caller.user(), caller.groups(), NOTICE_PROCESSES, number);
    }

    // --- cost requests ---

    Optional<RecordView.CostRequestView> costRequest(String number, String onboarding, ServiceGroup serviceGroup) {
        return requests.findByNumber(number).map(request -> costRequestView(request, onboarding, serviceGroup));
    }

    private RecordView.CostRequestView costRequestView(CostRequest request, String onboarding,
                                                       ServiceGroup serviceGroup) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        CostRequest.Customer customer = request.customer();
        CostRequest.Requirements wanted = request.requirements();
        RecordView.ContractView contract = contracts.contractsOf(customer.login()).stream()
                .filter(c -> request.number().equals(c.requestNumber()))
                .findFirst()
                .map(c -> new RecordView.ContractView(c.services(), c.startsOn(), c.endsOn(), c.activeOn(today)))
                .orElse(null);
        return new RecordView.CostRequestView(request.number(), request.status(), customer.company(),
                customer.contactName(), customer.contactEmail(), customer.login(), wanted.services(),
                wanted.environment(), wanted.desiredStart(), wanted.notes(), customer.language(),
                request.origin().sourceAppealNumber(), name(request.origin().createdBy()), request.origin().createdAt(),
                quote(request), contract,
                decisions(request),
                requests.onboardingSteps(request.id()).stream()
                        .map(s -> new RecordView.OnboardingStepView(s.onboarding(), s.step(), name(s.completedBy()),
                                s.completedAt()))
                        .toList(),
                onboarding, serviceGroup);
    }

    private RecordView.RequestQuote quote(CostRequest request) {
        CostRequest.QuoteTerms terms = request.quote();
        if (terms == null) {
            return null;
        }
        List<QuoteLine> lines = requests.quoteLines(request.id());
        BigDecimal oneOff = lines.stream().map(QuoteLine::oneOffAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal monthly = lines.stream().map(QuoteLine::monthlyAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RecordView.RequestQuote(lines, oneOff, monthly,
                terms.discountPercent() == null ? BigDecimal.ZERO : terms.discountPercent(),
                terms.oneOffTotal(), terms.monthlyTotal(), terms.issuedAt(), terms.validUntil());
    }

    private List<RecordView.Decision> decisions(CostRequest request) {
        List<RecordView.Decision> decisions = new ArrayList<>();
        CostRequest.Outcome outcome = request.outcome();
        decisions.add(new RecordView.Decision("FILED", null, null, null, null, name(request.origin().createdBy()),
                request.origin().createdAt(), null));
        List<CostRequestRepository.DecisionRecord> recorded = requests.decisionRecords(request.id());
        recorded.forEach(d -> decisions.add(new RecordView.Decision(d.kind(), null, null, null, d.discountPercent(),
                name(d.by()), d.at(), d.note())));
        boolean declineRecorded = recorded.stream().anyMatch(d -> "DECLINED".equals(d.kind()));
        if (!declineRecorded && (outcome.declineReason() != null || request.status() == CostRequestStatus.DECLINED)) {
            decisions.add(new RecordView.Decision("DECLINED", null, null, null, null, null, null,
                    outcome.declineReason()));
        }
        requests.scopeRecords(request.id()).forEach(s -> decisions.add(new RecordView.Decision("SCOPED", s.group(),
                s.oneOffHours(), s.monthlyHours(), null, name(s.scopedBy()), s.scopedAt(), s.assumptions())));
        if (request.quote() != null && request.quote().issuedAt() != null) {
            decisions.add(new RecordView.Decision("QUOTE_SENT", null, null, null, null, null,
                    request.quote().issuedAt(), null));
        }
        if (outcome.decidedAt() != null) {
            boolean refused = request.status() == CostRequestStatus.REFUSED || outcome.refusalReason() != null;
            decisions.add(new RecordView.Decision(refused ? "REFUSED" : "ACCEPTED", null, null, null, null, null,
                    outcome.decidedAt(), outcome.refusalReason()));
        }
        decisions.sort(Comparator.comparing(RecordView.Decision::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return decisions;
    }

    /** Staff as people read them: by name, as the appeal's conversation names its authors. */
    private String name(String userId) {
        return userId == null ? null : users.fullName(userId);
    }

    // --- notices ---

    Optional<RecordView.NoticeView> notice(String number) {
        return notices.find(number).map(this::noticeView);
    }

    private RecordView.NoticeView noticeView(ServiceNotification n) {
        NotificationRepository.Counts counts = notices.counts(n.id());
        List<RecordView.Owner> owners = owners(n);
        return new RecordView.NoticeView(n.number(), n.type(), n.type().needsFourEyes(), n.status(), n.service(),
                n.region(), n.projects(), n.title(), n.details(), n.recommendations(),
                List.of(new RecordView.Text(Language.EN, notifications.noticeText(n, Language.EN)),
                        new RecordView.Text(Language.RU, notifications.noticeText(n, Language.RU))),
                name(n.reportedBy()), name(n.approvedBy()), n.createdAt(), n.sentAt(), n.resolvedAt(), schedule(n),
                counts.recipients(), counts.acknowledged(), owners, notices.updates(n.id()),
                notices.linkedAppeals(n.id()));
    }

    /**
     * Before sending, the owners the notice will go to (the directory); after, those it went to, with
     * their names as the directory has them.
     */
    private List<RecordView.Owner> owners(ServiceNotification n) {
        List<NotificationRepository.Recipient> sentTo = notices.recipients(n.id(), false);
        if (sentTo.isEmpty() && n.status() == ServiceNotification.Status.DRAFT) {
            return notifications.owners(n).stream()
                    .map(o -> new RecordView.Owner(o.login(), o.name(), o.projectCode(), o.channel(), o.address(),
                            false, null))
                    .toList();
        }
        Map<Long, String> names = queries.contactNames(sentTo.stream()
                .map(NotificationRepository.Recipient::contactId).toList());
        return sentTo.stream()
                .map(r -> new RecordView.Owner(r.login(), names.get(r.contactId()), r.projectCode(), r.channel(),
                        r.address(), true, r.acknowledgedAt()))
                .toList();
    }

    /** Security threats and data-loss risks are chased: a reminder, then a follow-up task, counted from sending. */
    private RecordView.Schedule schedule(ServiceNotification n) {
        if (!n.type().needsFourEyes() || n.sentAt() == null || n.status() == ServiceNotification.Status.RESOLVED) {
            return null;
        }
        Instant reminder = n.sentAt().plus(noticeSettings.getRemindAfter());
        Instant escalation = n.sentAt().plus(noticeSettings.getEscalateAfter());
        return new RecordView.Schedule(reminder, escalation.isBefore(reminder) ? reminder : escalation);
    }

    // --- cards ---

    /** Cards of the cost request, onboarding and notice tasks among these; other tasks get none. */
    List<TaskCard> cards(Collection<TaskLookup.VisibleTask> tasks) {
        Instant now = clock.instant();
        Map<String, Optional<CostRequest>> requestsByNumber = new HashMap<>();
        Map<String, Optional<ServiceNotification>> noticesByNumber = new HashMap<>();
        List<TaskCard> cards = new ArrayList<>();
        for (TaskLookup.VisibleTask visible : tasks) {
            Optional<RecordView.Kind> kind = kindOf(visible.processKey());
            if (kind.isEmpty() || kind.get() == RecordView.Kind.APPEAL || visible.businessKey() == null) {
                continue;
            }
            Instant taskDue = visible.task().due();
            if (kind.get() == RecordView.Kind.NOTIFICATION) {
                noticesByNumber.computeIfAbsent(visible.businessKey(), notices::find)
                        .ifPresent(n -> cards.add(noticeCard(visible, n, taskDue, now)));
            } else {
                requestsByNumber.computeIfAbsent(visible.businessKey(), requests::findByNumber)
                        .ifPresent(r -> cards.add(requestCard(visible, kind.get(), r, taskDue,
                                serviceGroup(visible.task()))));
            }
        }
        return cards;
    }

    /** The service group of a scoping task, null for other tasks (and for a value that names no group). */
    ServiceGroup serviceGroup(WorkTask task) {
        return serviceGroup(lookup.serviceGroupOf(task)).orElse(null);
    }

    static Optional<ServiceGroup> serviceGroup(String name) {
        return Arrays.stream(ServiceGroup.values()).filter(group -> group.name().equals(name)).findFirst();
    }

    private static TaskCard requestCard(TaskLookup.VisibleTask visible, RecordView.Kind kind, CostRequest r,
                                        Instant taskDue, ServiceGroup serviceGroup) {
        Instant due = taskDue;
        if (due == null && r.status() == CostRequestStatus.QUOTE_SENT && r.quote() != null
                && r.quote().validUntil() != null) {
            due = r.quote().validUntil().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        CostRequest.Customer c = r.customer();
        String customer = c.company() != null && !c.company().isBlank() ? c.company()
                : c.contactName() != null && !c.contactName().isBlank() ? c.contactName() : c.login();
        return new TaskCard(visible.task().id(), kind, r.number(), null, customer, null, null, null, null, null, 0,
                true, r.status().name(), r.requirements().services(), null, List.of(), serviceGroup, due);
    }

    private TaskCard noticeCard(TaskLookup.VisibleTask visible, ServiceNotification n, Instant taskDue, Instant now) {
        Instant due = taskDue;
        RecordView.Schedule schedule = schedule(n);
        if (due == null && schedule != null) {
            due = schedule.reminderAt().isAfter(now) ? schedule.reminderAt() : schedule.escalationAt();
        }
        String affected = n.projects().isEmpty() ? n.region() : String.join(", ", n.projects());
        List<String> owners = owners(n).stream()
                .map(o -> o.name() != null ? o.name() : o.login())
                .distinct()
                .toList();
        return new TaskCard(visible.task().id(), RecordView.Kind.NOTIFICATION, n.number(), n.title(), affected,
                null, null, null, null, null, 0, false, n.status().name(), List.of(), n.type(), owners, null, due);
    }
}
