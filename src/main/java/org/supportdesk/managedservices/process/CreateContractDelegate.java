package org.supportdesk.managedservices.process;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.CostRequestStatus;

/**
 * Service task "Create contract": from its start date (the agreed one, else the desired one, never
 * in the past) the customer's appeals get priority support through the sla decision's contract rows.
 */
@Component
class CreateContractDelegate implements JavaDelegate {

    private final CostRequestRepository requests;
    private final Clock clock;

    CreateContractDelegate(CostRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CostRequest request = requests.getByNumber(execution.getProcessBusinessKey());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate agreed = FormValues.date(execution, CostRequestVariables.CONTRACT_START);
        LocalDate start = agreed != null ? agreed : request.requirements().desiredStart();
        if (start == null || start.isBefore(today)) {
            start = today;
        }
        requests.insertContract(request, start, now);
        requests.markDecided(request.id(), CostRequestStatus.ONBOARDING, null, now);
    }
}
