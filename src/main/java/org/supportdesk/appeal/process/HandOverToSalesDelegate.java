package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.AppealRepository;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.vocabulary.Category;
import org.supportdesk.appeal.MessageKind;
import org.supportdesk.competency.CompetencyPolicy;

/** Service task "Hand over to sales": a Managed Services request; the customer is told sales will call. */
@Component
class HandOverToSalesDelegate implements JavaDelegate {

    private final AppealRepository appeals;
    private final AppealConversation conversation;
    private final CompetencyPolicy competency;

    HandOverToSalesDelegate(AppealRepository appeals, AppealConversation conversation, CompetencyPolicy competency) {
        this.appeals = appeals;
        this.conversation = conversation;
        this.competency = competency;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Appeal appeal = appeals.getByNumber(execution.getProcessBusinessKey());
        appeals.updateCategory(appeal.id(), Category.MANAGED_SERVICES);
        appeals.updateStatus(appeal.id(), AppealStatus.IN_PROGRESS);
        String reply = competency.forCategory(Category.MANAGED_SERVICES).reply(appeal.language(), appeal.number());
        if (reply != null) {
            conversation.systemWrites(appeal, MessageKind.HANDOVER, reply);
        }
        execution.setVariable(AppealVariables.CATEGORY, Category.MANAGED_SERVICES.name());
        execution.removeVariable(AppealVariables.REPLY);
    }
}
