package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.Appeal;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.appeal.CustomerTexts;

/** Service task "Resolve appeal": status RESOLVED and a notice to the customer. */
@Component
class ResolveAppealDelegate implements JavaDelegate {

    private final Appeals appeals;
    private final CustomerTexts texts;

    ResolveAppealDelegate(Appeals appeals, CustomerTexts texts) {
        this.appeals = appeals;
        this.texts = texts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Appeal appeal = appeals.get(execution.getProcessBusinessKey());
        appeals.resolve(appeal, texts.resolved(appeal));
    }
}
