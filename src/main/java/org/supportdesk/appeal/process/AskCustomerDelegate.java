package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.appeal.MessageKind;
import org.supportdesk.appeal.Visibility;

/** Service task "Ask customer": sends the agent's question and stops the SLA clock. */
@Component
class AskCustomerDelegate implements JavaDelegate {

    private final Appeals appeals;
    private final AppealConversation conversation;

    AskCustomerDelegate(Appeals appeals, AppealConversation conversation) {
        this.appeals = appeals;
        this.conversation = conversation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String question = ProcessSupport.text(execution, AppealVariables.REPLY);
        if (question == null) {
            throw new InvalidRequestException(AppealVariables.REPLY, "write the question to the customer");
        }
        String number = execution.getProcessBusinessKey();
        conversation.staffWrites(number, ProcessSupport.string(execution, AppealVariables.WORK_ASSIGNEE),
                Visibility.CUSTOMER, MessageKind.QUESTION, question);
        execution.setVariable(AppealVariables.FIRST_ANSWER_GIVEN, true);
        Appeal appeal = appeals.get(number);
        conversation.waitForCustomer(appeal);
        execution.removeVariable(AppealVariables.REPLY);
    }
}
