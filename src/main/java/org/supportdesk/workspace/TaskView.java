package org.supportdesk.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.supportdesk.appeal.AppealMessage;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.appeal.MessageKind;
import org.supportdesk.appeal.Visibility;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Channel;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.Level;
import org.supportdesk.vocabulary.ManagedService;
import org.supportdesk.vocabulary.Priority;

/**
 * Everything the workspace shows beside one task, read from the desk's tables when it is asked for.
 * Codes stay codes (the contract's vocabulary); the plugin puts them into words in the agent's language.
 *
 * @param writable whether the caller may answer the customer here (the support groups, while the appeal is open)
 */
record TaskView(TaskInfo task, AppealDetails appeal, Customer customer, List<WorkspaceQueries.OtherAppeal> otherAppeals,
                List<WorkspaceQueries.Notice> notices, List<ReplyTemplates.Filled> templates, boolean writable,
                Limits limits) {

    record TaskInfo(String id, String name, String definitionKey, String assignee, Instant created, Instant due,
                Instant followUp) {
    }

    /**
     * The appeal itself. {@code suggestedCategory}, {@code suggestedConfidence},
     * {@code suggestedScopeConfidence}, {@code modelVersion}: what the competency classifier proposed
     * for the appeal's text, how sure it was of the category and of its scope (out of scope, Managed
     * Services or in scope: the confidence the competency decision weighed), 0 to 1, and which model
     * said so; null when no classifier looked at it (the scope confidence also on appeals decided
     * before it was kept).
     */
    record AppealDetails(String number, String subject, String description, AppealStatus status, Channel channel,
                  Language language, Priority priority, Category category, Category suggestedCategory,
                  Double suggestedConfidence, Double suggestedScopeConfidence, String modelVersion,
                  Level urgency, Level impact, String login, String project, String contactName, String email,
                  boolean managedServices, String registeredBy, Instant receivedAt, Instant firstResponseDueAt,
                  Instant firstAnsweredAt, Instant resolutionDueAt, Instant resolvedAt, Instant closedAt,
                  SlaStatus sla, int escalationLevel, List<Escalation> escalations, String rejectionReason,
                  List<File> files, List<Message> messages) {
    }

    record Escalation(int level, String kind, Instant dueAt, Instant firedAt) {
    }

    /** {@code author}: the agent, null for automatic messages and the customer's own. */
    record Message(long id, AppealMessage.Direction direction, MessageKind kind, String author, Visibility visibility,
                   String body, Instant createdAt, List<File> files) {
    }

    record File(long id, String name, String contentType, long size, String url) {
    }

    /** The customer as the directory knows them; null fields where it does not. */
    record Customer(String login, String company, Language language, Project project, List<Project> projects,
                    List<Contract> contracts) {
    }

    record Project(String code, String name, String region) {
    }

    /**
     * A Managed Services contract and what it promises on this appeal's channel, per priority: the
     * first answer and the resolution in minutes (from the {@code sla} decision).
     */
    record Contract(String company, List<ManagedService> services, LocalDate startsOn, LocalDate endsOn,
                    boolean active, String requestNumber, Map<Priority, Promise> promise) {
    }

    record Promise(long firstAnswerMinutes, long resolutionMinutes) {
    }

    /** The upload rules, for the file picker to say them before the server refuses. */
    record Limits(int maxFiles, long maxFileBytes) {
    }
}
