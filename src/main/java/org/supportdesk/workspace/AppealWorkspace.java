package org.supportdesk.workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.AppealMessage;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.Attachment;
import org.supportdesk.appeal.UploadPolicy;
import org.supportdesk.competency.CompetencyRecord;
import org.supportdesk.competency.CompetencyRecords;
import org.supportdesk.customer.CustomerDirectory;
import org.supportdesk.escalation.Escalations;
import org.supportdesk.managedservices.ManagedServicesContracts;
import org.supportdesk.sla.SlaTimes;
import org.supportdesk.sla.process.SlaPolicy;
import org.supportdesk.vocabulary.Priority;
import org.supportdesk.workspace.process.StaffUsers;
import org.supportdesk.workspace.process.TaskLookup;
import org.supportdesk.workspace.process.WorkTask;

/**
 * Puts together what the workspace shows of an appeal task, every time from the desk's own tables:
 * nothing is copied into the process when a task is created, so what an agent sees is what is true
 * when they open or refresh the task.
 */
@Service
class AppealWorkspace {

    /** Settled appeals of the customer count as "recent" for this long. */
    static final Duration RECENT = Duration.ofDays(90);
    /** Service notices older than this are no longer context. */
    static final Duration RECENT_NOTICES = Duration.ofDays(30);

    private final Appeals appeals;
    private final AppealConversation conversation;
    private final CustomerDirectory directory;
    private final ManagedServicesContracts contracts;
    private final SlaPolicy sla;
    private final Escalations escalations;
    private final CompetencyRecords competency;
    private final WorkspaceQueries queries;
    private final ReplyTemplates templates;
    private final StaffUsers users;
    private final UploadPolicy uploads;
    private final Clock clock;

    AppealWorkspace(Appeals appeals, AppealConversation conversation, CustomerDirectory directory,
                    ManagedServicesContracts contracts, SlaPolicy sla, Escalations escalations,
                    CompetencyRecords competency, WorkspaceQueries queries, ReplyTemplates templates, StaffUsers users, UploadPolicy uploads,
                    Clock clock) {
        this.appeals = appeals;
        this.conversation = conversation;
        this.directory = directory;
        this.contracts = contracts;
        this.sla = sla;
        this.escalations = escalations;
        this.competency = competency;
        this.queries = queries;
        this.templates = templates;
        this.users = users;
        this.uploads = uploads;
        this.clock = clock;
    }

    TaskView view(Caller caller, WorkTask task, String number) {
        Appeal appeal = appeals.get(number);
        Instant now = clock.instant();
        Optional<CustomerDirectory.Customer> customer = directory.customer(appeal.login());
        Optional<CustomerDirectory.Project> project = customer.flatMap(c -> directory.project(c.id(), appeal.project()));
        boolean writable = caller.writes() && appeal.status() != AppealStatus.CLOSED
                && appeal.status() != AppealStatus.REJECTED;
        return new TaskView(
                new TaskView.TaskInfo(task.id(), task.name(), task.taskDefinitionKey(), task.assignee(),
                        task.created(), task.due(), task.followUp()),
                details(appeal, now),
                customerView(appeal, customer, project, now),
                queries.otherAppeals(appeal, project.map(CustomerDirectory.Project::id).orElse(null), now.minus(RECENT)),
                queries.notices(appeal, now.minus(RECENT_NOTICES)),
                writable ? templates.forAppeal(appeal, ReplyTemplates.Values.of(appeal, customerName(appeal),
                        users.fullName(caller.user()))) : List.of(),
                writable,
                new TaskView.Limits(uploads.maxFiles(), uploads.maxFileBytes()));
    }

    /** The cards of the appeal tasks among these; other tasks get none. */
    List<TaskCard> cards(Collection<TaskLookup.VisibleTask> tasks) {
        Instant now = clock.instant();
        Map<String, Appeal> byNumber = new HashMap<>();
        List<TaskCard> cards = new ArrayList<>();
        for (TaskLookup.VisibleTask visible : tasks) {
            if (visible.appealNumber() == null) {
                continue;
            }
            Appeal appeal = byNumber.computeIfAbsent(visible.appealNumber(), n -> appeals.find(n).orElse(null));
            if (appeal == null) {
                continue;
            }
            cards.add(TaskCard.appeal(visible.task().id(), appeal.number(), appeal.subject(), cardCustomer(appeal),
                    appeal.channel(), appeal.priority(), appeal.category(), appeal.status(), SlaStatus.of(appeal, now),
                    appeal.escalationLevel(), appeal.managedServices()));
        }
        return cards;
    }

    private TaskView.AppealDetails details(Appeal appeal, Instant now) {
        List<Attachment> files = conversation.attachments(appeal);
        Map<String, String> names = new HashMap<>();
        List<TaskView.Message> messages = conversation.messages(appeal, true).stream()
                .map(m -> message(appeal, m, files, names)).toList();
        // the classifier's suggestion and confidence, as decided at intake (or at a correction)
        Optional<CompetencyRecord> suggestion = competency.history(appeal.id()).stream()
                .filter(r -> r.suggestedCategory() != null)
                .reduce((earlier, later) -> later);
        return new TaskView.AppealDetails(appeal.number(), appeal.subject(), appeal.description(), appeal.status(),
                appeal.channel(), appeal.language(), appeal.priority(), appeal.category(),
                suggestion.map(CompetencyRecord::suggestedCategory).orElse(null),
                suggestion.map(CompetencyRecord::confidence).orElse(null),
                suggestion.map(CompetencyRecord::scopeConfidence).orElse(null),
                suggestion.map(CompetencyRecord::modelVersion).orElse(null), appeal.urgency(),
                appeal.impact(), appeal.login(), appeal.project(), appeal.contactName(), appeal.contactEmail(),
                appeal.managedServices(), appeal.registeredBy(), appeal.receivedAt(), appeal.firstResponseDueAt(),
                appeal.firstAnsweredAt(), appeal.resolutionDueAt(), appeal.resolvedAt(), appeal.closedAt(),
                SlaStatus.of(appeal, now), appeal.escalationLevel(),
                escalations.fired(appeal.id()).stream()
                        .map(f -> new TaskView.Escalation(f.level(), f.kind().name(), f.dueAt(), f.firedAt())).toList(),
                appeal.rejectionReason(), filesOf(appeal, files, null), messages);
    }

    private TaskView.Customer customerView(Appeal appeal, Optional<CustomerDirectory.Customer> customer,
                                           Optional<CustomerDirectory.Project> project, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<TaskView.Contract> held = contracts.contractsOf(appeal.login()).stream()
                .map(c -> new TaskView.Contract(c.company(), c.services(), c.startsOn(), c.endsOn(), c.activeOn(today),
                        c.requestNumber(), promise(appeal)))
                .toList();
        return new TaskView.Customer(appeal.login(), customer.map(CustomerDirectory.Customer::company).orElse(null),
                customer.map(CustomerDirectory.Customer::language).orElse(appeal.language()),
                project.map(AppealWorkspace::project).orElse(null),
                customer.map(c -> directory.projects(c.id()).stream().map(AppealWorkspace::project).toList())
                        .orElse(List.of()),
                held);
    }

    /** Priority support as the sla decision gives it for contract holders on this channel. */
    private Map<Priority, TaskView.Promise> promise(Appeal appeal) {
        Map<Priority, TaskView.Promise> promise = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            SlaTimes times = sla.timesFor(appeal.channel(), priority, true);
            promise.put(priority, new TaskView.Promise(times.firstResponse().toMinutes(),
                    times.resolution().toMinutes()));
        }
        return promise;
    }

    private static TaskView.Project project(CustomerDirectory.Project project) {
        return new TaskView.Project(project.code(), project.name(), project.region());
    }

    private static List<TaskView.File> filesOf(Appeal appeal, List<Attachment> files, AppealMessage message) {
        return files.stream()
                .filter(f -> message == null ? f.messageId() == null : Long.valueOf(message.id()).equals(f.messageId()))
                .map(f -> new TaskView.File(f.id(), f.fileName(), f.contentType(), f.sizeBytes(),
                        WorkspaceController.BASE + "/appeals/" + appeal.number() + "/attachments/" + f.id()))
                .toList();
    }

    /** How a card names the customer: the company if known, else the person, else the login or address. */
    private String cardCustomer(Appeal appeal) {
        return directory.customer(appeal.login()).map(CustomerDirectory.Customer::company)
                .filter(company -> company != null && !company.isBlank())
                .orElseGet(() -> firstOf(appeal.contactName(), appeal.login(), appeal.contactEmail(),
                        appeal.channelAddress()));
    }

    /** The name the templates greet: the one the customer gave, else the directory's for their address. */
    private String customerName(Appeal appeal) {
        return firstOf(appeal.contactName(),
                directory.contactName(firstOf(appeal.contactEmail(), appeal.channelAddress())).orElse(null));
    }

    /** A message just written on the appeal, with its files, as the task shows it. */
    TaskView.Message written(Appeal appeal, AppealMessage message) {
        return message(appeal, message, conversation.attachments(appeal), new HashMap<>());
    }

    /** {@code names}: the staff members' names as the identity service knows them, by user id. */
    private TaskView.Message message(Appeal appeal, AppealMessage m, List<Attachment> files,
                                     Map<String, String> names) {
        return new TaskView.Message(m.id(), m.direction(), m.kind(),
                m.author() == null ? null : names.computeIfAbsent(m.author(), users::fullName), m.visibility(),
                m.body(), m.createdAt(), filesOf(appeal, files, m));
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
