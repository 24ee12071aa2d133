package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.AppealDeadlines;
import org.supportdesk.appeal.Appeals;
import org.supportdesk.vocabulary.Priority;

/**
 * Service task "Reopen appeal": the customer wrote after resolution. Back to work with the same
 * priority; the resolution clock starts again now.
 */
@Component
class ReopenAppealDelegate implements JavaDelegate {

    private final Appeals appeals;
    private final AppealDeadlines deadlines;

    ReopenAppealDelegate(Appeals appeals, AppealDeadlines deadlines) {
        this.appeals = appeals;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        appeals.reopen(appeals.get(number));
        DeadlineVariables.set(execution, deadlines.apply(number,
                ProcessSupport.enumValue(execution, AppealVariables.PRIORITY, Priority.class)));
    }
}
