package org.supportdesk.appeal.process;

import java.time.Clock;
import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.AppealDeadlines;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.CustomerTexts;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.appeal.MessageKind;
import org.supportdesk.appeal.Visibility;
import org.supportdesk.competency.CompetencyAssessment;
import org.supportdesk.competency.CompetencyDecision;
import org.supportdesk.competency.CompetencyPolicy;
import org.supportdesk.competency.CompetencyRecords;
import org.supportdesk.sla.Deadlines;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.vocabulary.Priority;

/**
 * The thin service tasks of appeal.bpmn (read the variables, call the appeal core, write the result),
 * each a bean named as the model's {@code delegateExpression} names it. Delegates with rules of their
 * own (triage, work, hand-over) have classes.
 */
@Configuration(proxyBeanMethods = false)
class AppealServiceTasks {

    /** The rejection's reason code when the competency decision names none: the agent decided. */
    static final String AGENT_DECISION = "AGENT_DECISION";

    /** "Acknowledge appeal": number, promised times, and what is still missing. */
    @Bean
    JavaDelegate acknowledgeAppealDelegate(Appeals appeals, AppealConversation conversation, CustomerTexts texts) {
        return onAppeal(appeals, appeal -> conversation.systemWrites(appeal, MessageKind.ACKNOWLEDGEMENT,
                texts.acknowledgement(appeal, conversation.hasAttachments(appeal))));
    }

    /**
     * "Decide competency": category (given, phrase rule or classifier) -> handling. The decision, its
     * source, the classifier's suggestion and the model version are recorded.
     */
    @Bean
    JavaDelegate decideCompetencyDelegate(Appeals appeals, CompetencyPolicy competency, CompetencyRecords records,
                                          Clock clock) {
        return execution -> {
            Appeal appeal = appeals.get(execution.getProcessBusinessKey());
            CompetencyAssessment assessment = competency.assess(
                    ProcessSupport.enumValue(execution, AppealVariables.CATEGORY, Category.class), appeal.text());
            CompetencyDecision decision = assessment.decision();
            appeals.categorize(appeal, decision.category());
            records.recordAssessment(appeal.id(), assessment, clock.instant());
            execution.setVariable(AppealVariables.CATEGORY, decision.category().name());
            execution.setVariable(AppealVariables.HANDLING, decision.handling().name());
            execution.setVariable(AppealVariables.IN_SCOPE, decision.inScope());
        };
    }

    /** "Compute deadlines": the sla decision for (channel, priority) from the received time. */
    @Bean
    JavaDelegate computeDeadlinesDelegate(AppealDeadlines deadlines) {
        return execution -> setDeadlines(execution, deadlines);
    }

    /** "Resolve appeal": status RESOLVED and a notice to the customer. */
    @Bean
    JavaDelegate resolveAppealDelegate(Appeals appeals, CustomerTexts texts) {
        return onAppeal(appeals, appeal -> appeals.resolve(appeal, texts.resolved(appeal)));
    }

    /**
     * "Reopen appeal": the customer wrote after resolution. Back to work with the same priority; the
     * resolution clock starts again now.
     */
    @Bean
    JavaDelegate reopenAppealDelegate(Appeals appeals, AppealDeadlines deadlines) {
        return execution -> {
            appeals.reopen(appeals.get(execution.getProcessBusinessKey()));
            setDeadlines(execution, deadlines);
        };
    }

    /** "Resume SLA clock": the customer answered; the time we waited is added to the resolution deadline. */
    @Bean
    JavaDelegate resumeSlaClockDelegate(Appeals appeals, AppealConversation conversation, AppealDeadlines deadlines) {
        return execution -> {
            boolean triaged = ProcessSupport.flag(execution, AppealVariables.TRIAGED);
            conversation.customerReplied(appeals.get(execution.getProcessBusinessKey()),
                    triaged ? AppealStatus.IN_PROGRESS : AppealStatus.OPEN);
            setDeadlines(execution, deadlines);
        };
    }

    /** "Ask customer": sends the agent's question and stops the SLA clock. */
    @Bean
    JavaDelegate askCustomerDelegate(Appeals appeals, AppealConversation conversation) {
        return execution -> {
            String question = ProcessSupport.text(execution, AppealVariables.REPLY);
            if (question == null) {
                throw new InvalidRequestException(AppealVariables.REPLY, "write the question to the customer");
            }
            String number = execution.getProcessBusinessKey();
            conversation.staffWrites(number, ProcessSupport.string(execution, AppealVariables.WORK_ASSIGNEE),
                    Visibility.CUSTOMER, MessageKind.QUESTION, question);
            execution.setVariable(AppealVariables.FIRST_ANSWER_GIVEN, true);
            conversation.waitForCustomer(appeals.get(number));
            execution.removeVariable(AppealVariables.REPLY);
        };
    }

    /**
     * "Reject appeal": the agent's reason when they wrote one, otherwise the competency decision's reply
     * for the category, in the customer's language.
     */
    @Bean
    JavaDelegate rejectAppealDelegate(Appeals appeals, CompetencyPolicy competency, CustomerTexts texts) {
        return execution -> {
            Appeal appeal = appeals.get(execution.getProcessBusinessKey());
            Category category = ProcessSupport.enumValue(execution, AppealVariables.CATEGORY, Category.class);
            CompetencyDecision decision = competency.forCategory(category == null ? Category.UNCLASSIFIED : category);
            String agentReason = ProcessSupport.text(execution, AppealVariables.REPLY);
            String templateReason = decision.reply(appeal.language(), appeal.number());
            String reason = agentReason != null ? agentReason
                    : templateReason != null ? templateReason
                    : texts.defaultRejection(appeal);
            appeals.reject(appeal, decision.reasonCode() != null ? decision.reasonCode() : AGENT_DECISION, reason);
            execution.removeVariable(AppealVariables.REPLY);
        };
    }

    /** "Remind customer": we still wait for the customer's answer. */
    @Bean
    JavaDelegate remindCustomerDelegate(Appeals appeals, AppealConversation conversation, CustomerTexts texts) {
        return onAppeal(appeals,
                appeal -> conversation.systemWrites(appeal, MessageKind.REMINDER, texts.reminder(appeal)));
    }

    /** "Close appeal": confirmed, silent after resolution, or handed over to sales. */
    @Bean
    JavaDelegate closeAppealDelegate(Appeals appeals, AppealConversation conversation, CustomerTexts texts) {
        return onAppeal(appeals, appeal -> conversation.close(appeal, texts.closed(appeal)));
    }

    /** "Close for silence": seven days without an answer: closed with a notice. */
    @Bean
    JavaDelegate closeForSilenceDelegate(Appeals appeals, AppealConversation conversation, CustomerTexts texts) {
        return onAppeal(appeals, appeal -> conversation.close(appeal, texts.closedForSilence(appeal)));
    }

    /** The deadlines for the process's priority, as the date variables task due dates read. */
    private static void setDeadlines(DelegateExecution execution, AppealDeadlines deadlines) {
        Deadlines due = deadlines.apply(execution.getProcessBusinessKey(),
                ProcessSupport.enumValue(execution, AppealVariables.PRIORITY, Priority.class));
        execution.setVariable(AppealVariables.FIRST_RESPONSE_DUE_AT, ProcessSupport.date(due.firstResponseDueAt()));
        execution.setVariable(AppealVariables.RESOLUTION_DUE_AT, ProcessSupport.date(due.resolutionDueAt()));
    }

    /** A task that only acts on the appeal the process instance is about. */
    private static JavaDelegate onAppeal(Appeals appeals, Consumer<Appeal> action) {
        return execution -> action.accept(appeals.get(execution.getProcessBusinessKey()));
    }
}
