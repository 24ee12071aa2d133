package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.AppealDeadlines;
import org.supportdesk.vocabulary.Priority;
import org.supportdesk.sla.Deadlines;

/** Service task "Compute deadlines": the sla decision for (channel, priority) from the received time. */
@Component
class ComputeDeadlinesDelegate implements JavaDelegate {

    private final AppealDeadlines deadlines;

    ComputeDeadlinesDelegate(AppealDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Priority priority = ProcessSupport.enumValue(execution, AppealVariables.PRIORITY, Priority.class);
        Deadlines due = deadlines.apply(execution.getProcessBusinessKey(), priority);
        DeadlineVariables.set(execution, due);
    }
}
