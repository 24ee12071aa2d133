package org.supportdesk.escalation.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.process.AppealVariables;
import org.supportdesk.escalation.EscalationKind;
import org.supportdesk.escalation.SlaClock;
import org.supportdesk.escalation.SlaEvent;

/**
 * Service task "Handle due SLA events" of the SLA watch: warnings, the three escalation levels,
 * each once per deadline; tells the gateway after it which staff tasks to open.
 */
@Component
class HandleDueSlaEventsDelegate implements JavaDelegate {

    private final SlaClock clock;

    HandleDueSlaEventsDelegate(SlaClock clock) {
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<SlaEvent> fired = clock.handleDue(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
        int level = fired.stream().mapToInt(e -> e.kind().level()).max().orElse(0);
        Object current = execution.getVariable(AppealVariables.ESCALATION_LEVEL);
        if (level > (current instanceof Integer known ? known : 0)) {
            execution.setVariable(AppealVariables.ESCALATION_LEVEL, level);
        }
        if (fired.stream().anyMatch(e -> e.kind() == EscalationKind.RESOLUTION_BREACH)) {
            execution.setVariable(AppealVariables.WORK_GROUP, "support-l2");
        }
        execution.setVariable(AppealVariables.NEW_SHIFT_LEAD_ESCALATION,
                fired.stream().anyMatch(e -> e.kind() == EscalationKind.FIRST_RESPONSE_BREACH));
        execution.setVariable(AppealVariables.NEW_HEAD_ESCALATION,
                fired.stream().anyMatch(e -> e.kind() == EscalationKind.RESOLUTION_OVERDUE));
    }
}
