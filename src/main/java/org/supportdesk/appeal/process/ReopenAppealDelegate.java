package org.supportdesk.appeal.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.AppealDeadlines;
import org.supportdesk.appeal.AppealRepository;
import org.supportdesk.vocabulary.Priority;

/**
 * Service task "Reopen appeal": the customer wrote after resolution. Back to work with the same
 * priority; the resolution clock starts again now.
 */
@Component
class ReopenAppealDelegate implements JavaDelegate {

    private final AppealRepository appeals;
    private final AppealDeadlines deadlines;
    private final Clock clock;

    ReopenAppealDelegate(AppealRepository appeals, AppealDeadlines deadlines, Clock clock) {
        this.appeals = appeals;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        appeals.markReopened(appeals.getByNumber(number).id(), clock.instant());
        DeadlineVariables.set(execution, deadlines.apply(number,
                ProcessSupport.enumValue(execution, AppealVariables.PRIORITY, Priority.class)));
    }
}
