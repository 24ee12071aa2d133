package org.supportdesk.managedservices.process;

import java.time.Clock;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.CostRequestStatus;

/** Service task "Record refusal": the customer said no; their reason is kept for sales. */
@Component
class RecordRefusalDelegate implements JavaDelegate {

    private final CostRequestRepository requests;
    private final Clock clock;

    RecordRefusalDelegate(CostRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.markDecided(requests.getByNumber(execution.getProcessBusinessKey()).id(), CostRequestStatus.REFUSED,
                Objects.toString(execution.getVariable(CostRequestVariables.REFUSAL_REASON), null), clock.instant());
    }
}
