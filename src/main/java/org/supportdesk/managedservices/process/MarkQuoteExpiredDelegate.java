package org.supportdesk.managedservices.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.CostRequestStatus;

/** Service task "Mark quote expired": 30 days without the customer's answer. */
@Component
class MarkQuoteExpiredDelegate implements JavaDelegate {

    private final CostRequestRepository requests;

    MarkQuoteExpiredDelegate(CostRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.updateStatus(requests.getByNumber(execution.getProcessBusinessKey()).id(), CostRequestStatus.EXPIRED);
    }
}
