package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.CustomerTexts;
import org.supportdesk.competency.CompetencyDecision;
import org.supportdesk.competency.CompetencyPolicy;
import org.supportdesk.vocabulary.Category;

/**
 * Service task "Reject appeal": the agent's reason when they wrote one, otherwise the competency
 * decision's reply for the category, in the customer's language.
 */
@Component
class RejectAppealDelegate implements JavaDelegate {

    static final String AGENT_DECISION = "AGENT_DECISION";

    private final Appeals appeals;
    private final CompetencyPolicy competency;
    private final CustomerTexts texts;

    RejectAppealDelegate(Appeals appeals, CompetencyPolicy competency, CustomerTexts texts) {
        this.appeals = appeals;
        this.competency = competency;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Appeal appeal = appeals.get(execution.getProcessBusinessKey());
        Category category = ProcessSupport.enumValue(execution, AppealVariables.CATEGORY, Category.class);
        CompetencyDecision decision = competency.forCategory(category == null ? Category.UNCLASSIFIED : category);
        String agentReason = ProcessSupport.text(execution, AppealVariables.REPLY);
        String templateReason = decision.reply(appeal.language(), appeal.number());
        String reason = agentReason != null ? agentReason
                : templateReason != null ? templateReason
                : texts.defaultRejection(appeal);
        String code = decision.reasonCode() != null ? decision.reasonCode() : AGENT_DECISION;
        appeals.reject(appeal, code, reason);
        execution.removeVariable(AppealVariables.REPLY);
    }
}
