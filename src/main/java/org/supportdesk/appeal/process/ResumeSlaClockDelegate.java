package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.AppealConversation;
import org.supportdesk.appeal.AppealDeadlines;
import org.supportdesk.appeal.AppealStatus;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.sla.Deadlines;
import org.supportdesk.vocabulary.Priority;

/**
 * Service task "Resume SLA clock": the customer answered; the time we waited is added to the
 * resolution deadline.
 */
@Component
class ResumeSlaClockDelegate implements JavaDelegate {

    private final Appeals appeals;
    private final AppealConversation conversation;
    private final AppealDeadlines deadlines;

    ResumeSlaClockDelegate(Appeals appeals, AppealConversation conversation, AppealDeadlines deadlines) {
        this.appeals = appeals;
        this.conversation = conversation;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        boolean triaged = ProcessSupport.flag(execution, AppealVariables.TRIAGED);
        conversation.customerReplied(appeals.get(number),
                triaged ? AppealStatus.IN_PROGRESS : AppealStatus.OPEN);
        Deadlines due = deadlines.apply(number,
                ProcessSupport.enumValue(execution, AppealVariables.PRIORITY, Priority.class));
        DeadlineVariables.set(execution, due);
    }
}
