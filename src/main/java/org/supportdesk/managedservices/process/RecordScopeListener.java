package org.supportdesk.managedservices.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.Scope;
import org.supportdesk.managedservices.ServiceGroup;

/**
 * Task listener of "Scope service group" (complete): keeps the engineer's hours and assumptions
 * for the group. The task's input mapping makes the form's fields local to each parallel task, so
 * two engineers scoping at once do not overwrite each other.
 */
@Component("recordScopeListener")
class RecordScopeListener implements TaskListener {

    private final CostRequestRepository requests;
    private final Clock clock;

    RecordScopeListener(CostRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        // hours are never negative; a missing field counts as none
        Scope scope = new Scope(ServiceGroup.valueOf((String) task.getVariable(CostRequestVariables.SERVICE_GROUP)),
                FormValues.amount(task, CostRequestVariables.ONE_OFF_HOURS),
                FormValues.amount(task, CostRequestVariables.MONTHLY_HOURS),
                (String) task.getVariable(CostRequestVariables.ASSUMPTIONS));
        requests.saveScope(requests.getByNumber(task.getExecution().getProcessBusinessKey()).id(), scope,
                task.getAssignee(), clock.instant());
    }
}
