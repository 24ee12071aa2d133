package org.supportdesk.appeal.process;

import java.math.BigDecimal;
import java.util.List;

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
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequests;

/**
 * Service task "Hand over to sales": a Managed Services request. Sales get a lead filled from the
 * appeal (who, what they wrote, linked by number); the customer is told sales will call.
 */
@Component
class HandOverToSalesDelegate implements JavaDelegate {

    private final AppealRepository appeals;
    private final AppealConversation conversation;
    private final CompetencyPolicy competency;
    private final CostRequests costRequests;

    HandOverToSalesDelegate(AppealRepository appeals, AppealConversation conversation, CompetencyPolicy competency,
                            CostRequests costRequests) {
        this.appeals = appeals;
        this.conversation = conversation;
        this.competency = competency;
        this.costRequests = costRequests;
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
        costRequests.leadFromAppeal(new CostRequests.Filing(
                firstOf(appeal.project(), appeal.login(), appeal.contactName(), appeal.number()),
                firstOf(appeal.contactName(), appeal.login(), "-"), firstOf(appeal.contactEmail(), ""),
                appeal.login(), List.of(), new CostRequest.Environment(0, 0, 0, BigDecimal.ZERO, 0, 0), null,
                appeal.text(), appeal.language(), appeal.number(), null));
        execution.setVariable(AppealVariables.CATEGORY, Category.MANAGED_SERVICES.name());
        execution.removeVariable(AppealVariables.REPLY);
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.length() > 200 ? value.substring(0, 200) : value;
            }
        }
        return null;
    }
}
