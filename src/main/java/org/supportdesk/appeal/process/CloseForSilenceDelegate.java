package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.CustomerTexts;

/** Service task "Close for silence": seven days without an answer: closed with a notice. */
@Component
class CloseForSilenceDelegate implements JavaDelegate {

    private final Appeals appeals;
    private final AppealConversation conversation;
    private final CustomerTexts texts;

    CloseForSilenceDelegate(Appeals appeals, AppealConversation conversation, CustomerTexts texts) {
        this.appeals = appeals;
        this.conversation = conversation;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Appeal appeal = appeals.get(execution.getProcessBusinessKey());
        conversation.close(appeal, texts.closedForSilence(appeal));
    }
}
