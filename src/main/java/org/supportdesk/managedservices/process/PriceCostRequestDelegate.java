package org.supportdesk.managedservices.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.CostRequestStatus;

/**
 * Service task "Price request": rates from the ms-pricing decision times the scoped hours, plus
 * the monthly fees of 24/7 services; with the discount sales gave, if any (the quote is priced
 * again after their review).
 */
@Component
class PriceCostRequestDelegate implements JavaDelegate {

    private final CostRequestRepository requests;
    private final ServiceRates rates;

    PriceCostRequestDelegate(CostRequestRepository requests, ServiceRates rates) {
        this.requests = requests;
        this.rates = rates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CostRequest request = requests.getByNumber(execution.getProcessBusinessKey());
        requests.saveQuote(request.id(), rates.quote(request, requests.scopes(request.id()), execution));
        requests.updateStatus(request.id(), CostRequestStatus.QUOTE_REVIEW);
    }
}
