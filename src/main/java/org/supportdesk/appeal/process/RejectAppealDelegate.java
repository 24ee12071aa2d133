package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.AppealRepository;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.appeal.CustomerTexts;
import org.supportdesk.appeal.MessageKind;
import org.supportdesk.competency.CompetencyDecision;
import org.supportdesk.competency.CompetencyPolicy;

import java.time.Clock;

/**
 * Service task "Reject appeal": the agent's reason when they wrote one, otherwise the competency
 * decision's reply for the category, in the customer's language.
 */
@Component
class RejectAppealDelegate implements JavaDelegate {

    static final String AGENT_DECISION = "AGENT_DECISION";

    private final AppealRepository appeals;
    private final AppealConversation conversation;
    private final CompetencyPolicy competency;
    private final CustomerTexts texts;
    private final Clock clock;

    RejectAppealDelegate(AppealRepository appeals, AppealConversation conversation, CompetencyPolicy competency,
                         CustomerTexts texts, Clock clock) {
        this.appeals = appeals;
        this.conversation = conversation;
        this.competency = competency;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Appeal appeal = appeals.getByNumber(execution.getProcessBusinessKey());
        Category category = ProcessSupport.enumValue(execution, AppealVariables.CATEGORY, Category.class);
        CompetencyDecision decision = competency.forCategory(category == null ? Category.UNCLASSIFIED : category);
        String agentReason = ProcessSupport.text(execution, AppealVariables.REPLY);
        String templateReason = decision.reply(appeal.language(), appeal.number());
        String reason = agentReason != null ? agentReason
                : templateReason != null ? templateReason
                : texts.defaultRejection(appeal);
        String code = decision.reasonCode() != null ? decision.reasonCode() : AGENT_DECISION;
        appeals.markRejected(appeal.id(), code, reason, clock.instant());
        conversation.systemWrites(appeal, MessageKind.REJECTION, reason);
        execution.removeVariable(AppealVariables.REPLY);
    }
}
