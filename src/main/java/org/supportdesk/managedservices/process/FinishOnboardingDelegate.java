package org.supportdesk.managedservices.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.CostRequestStatus;

/** Service task "Finish onboarding": every onboarding is done; the services run. */
@Component
class FinishOnboardingDelegate implements JavaDelegate {

    private final CostRequestRepository requests;

    FinishOnboardingDelegate(CostRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        requests.updateStatus(requests.getByNumber(execution.getProcessBusinessKey()).id(), CostRequestStatus.ACTIVE);
    }
}
