package org.supportdesk.escalation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.escalation.SlaClock;

/** Service task "Page duty engineer": a critical appeal at intake. */
@Component
class PageDutyEngineerDelegate implements JavaDelegate {

    private final SlaClock clock;

    PageDutyEngineerDelegate(SlaClock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        clock.pageDutyEngineers(execution.getProcessBusinessKey());
    }
}
