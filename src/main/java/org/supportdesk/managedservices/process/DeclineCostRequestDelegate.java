package org.supportdesk.managedservices.process;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequestRepository;

/** Service task "Decline request": presales' reason is kept for sales. */
@Component
class DeclineCostRequestDelegate implements JavaDelegate {

    private final CostRequestRepository requests;

    DeclineCostRequestDelegate(CostRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.markDeclined(requests.getByNumber(execution.getProcessBusinessKey()).id(),
                Objects.toString(execution.getVariable(CostRequestVariables.QUALIFICATION_NOTE), null));
    }
}
