package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.CustomerTexts;
import org.supportdesk.appeal.MessageKind;

/** Service task "Acknowledge appeal": number, promised times, and what is still missing. */
@Component
class AcknowledgeAppealDelegate implements JavaDelegate {

    private final Appeals appeals;
    private final AppealConversation conversation;
    private final CustomerTexts texts;

    AcknowledgeAppealDelegate(Appeals appeals, AppealConversation conversation, CustomerTexts texts) {
        this.appeals = appeals;
        this.conversation = conversation;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Appeal appeal = appeals.get(execution.getProcessBusinessKey());
        conversation.systemWrites(appeal, MessageKind.ACKNOWLEDGEMENT,
                texts.acknowledgement(appeal, conversation.hasAttachments(appeal)));
    }
}
