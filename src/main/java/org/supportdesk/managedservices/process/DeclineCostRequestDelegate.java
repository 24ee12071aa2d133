package org.supportdesk.managedservices.process;

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
        Object reason = execution.getVariable(CostRequestVariables.QUALIFICATION_NOTE);
        requests.markDeclined(requests.getByNumber(execution.getProcessBusinessKey()).id(),
                reason == null ? null : reason.toString());
    }
}
