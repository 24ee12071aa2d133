package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.InvalidRequestException;
import org.supportdesk.appeal.MessageKind;
import org.supportdesk.appeal.Visibility;

/** Service task "Record work": the internal note and the reply the agent wrote in the work form. */
@Component
class RecordWorkDelegate implements JavaDelegate {

    private final AppealConversation conversation;

    RecordWorkDelegate(AppealConversation conversation) {
        this.conversation = conversation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        String author = ProcessSupport.string(execution, AppealVariables.WORK_ASSIGNEE);
        WorkOutcome outcome = ProcessSupport.enumValue(execution, AppealVariables.WORK_OUTCOME, WorkOutcome.class);
        if (outcome == null) {
            throw new InvalidRequestException(AppealVariables.WORK_OUTCOME, "choose what happens next");
        }
        String reply = ProcessSupport.text(execution, AppealVariables.REPLY);
        String note = ProcessSupport.text(execution, AppealVariables.INTERNAL_NOTE);
        if (outcome == WorkOutcome.REPLY && reply == null) {
            throw new InvalidRequestException(AppealVariables.REPLY, "write the reply to the customer");
        }
        if (outcome == WorkOutcome.RESOLVE && reply == null && !conversation.answeredSinceCustomerWrote(number)) {
            throw new InvalidRequestException(AppealVariables.REPLY, "resolving needs an answer to the customer's"
                    + " last message: write it here, or send it (a template counts) in the Appeal tab first");
        }
        if (note != null) {
            conversation.staffWrites(number, author, Visibility.INTERNAL, MessageKind.NOTE, note);
        }
        execution.removeVariable(AppealVariables.INTERNAL_NOTE);
        if (outcome != WorkOutcome.ASK_CUSTOMER) {
            // the question is sent by "Ask customer", which also stops the clock
            if (reply != null) {
                conversation.staffWrites(number, author, Visibility.CUSTOMER, MessageKind.REPLY, reply);
                execution.setVariable(AppealVariables.FIRST_ANSWER_GIVEN, true);
            }
            execution.removeVariable(AppealVariables.REPLY);
        }
    }
}
