package org.supportdesk.managedservices.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.SalesNotices;

/** Service task "Remind sales of expiry": the quote runs out soon and the customer has not answered. */
@Component
class RemindSalesOfQuoteExpiryDelegate implements JavaDelegate {

    private final CostRequestRepository requests;
    private final SalesNotices notices;
    private final Clock clock;

    RemindSalesOfQuoteExpiryDelegate(CostRequestRepository requests, SalesNotices notices, Clock clock) {
        this.requests = requests;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CostRequest request = requests.getByNumber(execution.getProcessBusinessKey());
        notices.quoteExpiring(request, clock.instant());
    }
}
