package org.supportdesk.managedservices.process;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.CostRequestStatus;
import org.supportdesk.managedservices.Quote;

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
        Quote quote = Quote.price(request.services(), rates.of(request.services(), request.environment().vms()),
                requests.scopes(request.id()), discount(execution.getVariable(CostRequestVariables.DISCOUNT_PERCENT)));
        requests.saveQuote(request.id(), quote);
        if (request.status() != CostRequestStatus.QUOTE_REVIEW) {
            requests.updateStatus(request.id(), CostRequestStatus.QUOTE_REVIEW);
        }
    }

    /** Between 0 and 100 %; the review form checks it too. */
    static BigDecimal discount(Object value) {
        if (!(value instanceof Number number)) {
            return BigDecimal.ZERO;
        }
        BigDecimal percent = new BigDecimal(number.toString());
        return percent.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
    }
}
