package org.supportdesk.escalation.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.supportdesk.appeal.process.AppealVariables;
import org.supportdesk.escalation.EscalationKind;
import org.supportdesk.escalation.SlaClock;
import org.supportdesk.escalation.SlaEvent;

/** The service tasks of appeal.bpmn that run the SLA clock, each a bean named as the model names it. */
@Configuration(proxyBeanMethods = false)
class SlaWatchTasks {

    /** "Page duty engineer": a critical appeal at intake. */
    @Bean
    JavaDelegate pageDutyEngineerDelegate(SlaClock clock) {
        return execution -> clock.pageDutyEngineers(execution.getProcessBusinessKey());
    }

    /**
     * "Handle due SLA events" of the SLA watch: warnings, the three escalation levels, each once per
     * deadline; tells the gateway after it which staff tasks to open.
     */
    @Bean
    JavaDelegate handleDueSlaEventsDelegate(SlaClock clock) {
        return execution -> {
            List<SlaEvent> fired = clock.handleDue(execution.getProcessBusinessKey(),
                    execution.getProcessInstanceId());
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
        };
    }
}
