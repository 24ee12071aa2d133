package org.supportdesk.appeal.process;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealMessage;
import org.supportdesk.appeal.AppealRepository;
import org.supportdesk.appeal.Attachment;
import org.supportdesk.appeal.ConversationRepository;
import org.supportdesk.appeal.CustomerTexts;
import org.supportdesk.appeal.Visibility;

/**
 * Task listener (create) on the appeal's user tasks: puts what the forms show into task-local
 * variables, so the appeal itself stays in our tables and the process keeps few variables. While
 * the first answer is outstanding, the task's follow-up date is the first-answer deadline.
 */
@Component
class ShowAppealDetailsListener implements TaskListener {

    private static final int SHOWN_MESSAGES = 30;

    private final AppealRepository appeals;
    private final ConversationRepository conversation;

    ShowAppealDetailsListener(AppealRepository appeals, ConversationRepository conversation) {
        this.appeals = appeals;
        this.conversation = conversation;
    }

    @Override
    public void notify(DelegateTask task) {
        Appeal appeal = appeals.getByNumber(task.getExecution().getProcessBusinessKey());
        task.setVariableLocal("appealNumber", appeal.number());
        task.setVariableLocal("customer", customer(appeal));
        task.setVariableLocal("project", orDash(appeal.project()));
        task.setVariableLocal("subject", orDash(appeal.subject()));
        task.setVariableLocal("description", appeal.description());
        task.setVariableLocal("attachmentLinks", attachmentLinks(appeal));
        task.setVariableLocal("conversation", conversation(appeal));
        task.setVariableLocal("firstResponseDue", appeal.firstAnsweredAt() != null
                ? "answered " + CustomerTexts.time(appeal.firstAnsweredAt())
                : CustomerTexts.time(appeal.firstResponseDueAt()));
        task.setVariableLocal("resolutionDue", CustomerTexts.time(appeal.resolutionDueAt()));
        if (appeal.firstAnsweredAt() == null && appeal.firstResponseDueAt() != null) {
            task.setFollowUpDate(Date.from(appeal.firstResponseDueAt()));
        }
    }

    private static String customer(Appeal appeal) {
        StringBuilder text = new StringBuilder(appeal.login() == null ? "login not given" : appeal.login());
        if (appeal.contactName() != null) {
            text.append(", ").append(appeal.contactName());
        }
        if (appeal.contactEmail() != null) {
            text.append(" <").append(appeal.contactEmail()).append('>');
        }
        text.append(" via ").append(appeal.channel()).append(", language ").append(appeal.language());
        if (appeal.managedServices()) {
            text.append(", Managed Services customer");
        }
        return text.toString();
    }

    private String attachmentLinks(Appeal appeal) {
        List<Attachment> files = conversation.attachments(appeal.id());
        if (files.isEmpty()) {
            return "No attachments.";
        }
        return files.stream()
                .map(f -> "- [" + f.fileName() + "](/api/appeals/" + appeal.number() + "/attachments/" + f.id()
                        + ") " + f.contentType() + ", " + Math.max(1, f.sizeBytes() / 1024) + " KB")
                .collect(Collectors.joining("\n"));
    }

    private String conversation(Appeal appeal) {
        List<AppealMessage> messages = conversation.messages(appeal.id(), true);
        if (messages.isEmpty()) {
            return "No messages yet.";
        }
        return messages.stream()
                .skip(Math.max(0, messages.size() - SHOWN_MESSAGES))
                .map(m -> CustomerTexts.time(m.createdAt()) + " " + m.kind()
                        + (m.author() == null ? "" : " by " + m.author())
                        + (m.visibility() == Visibility.INTERNAL ? " (internal)" : "") + ":\n" + m.body())
                .collect(Collectors.joining("\n\n"));
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
