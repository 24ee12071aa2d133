package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.CustomerTexts;
import org.supportdesk.appeal.MessageKind;

/** Service task "Remind customer": we still wait for the customer's answer. */
@Component
class RemindCustomerDelegate implements JavaDelegate {

    private final Appeals appeals;
    private final AppealConversation conversation;
    private final CustomerTexts texts;

    RemindCustomerDelegate(Appeals appeals, AppealConversation conversation, CustomerTexts texts) {
        this.appeals = appeals;
        this.conversation = conversation;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Appeal appeal = appeals.get(execution.getProcessBusinessKey());
        conversation.systemWrites(appeal, MessageKind.REMINDER, texts.reminder(appeal));
    }
}
