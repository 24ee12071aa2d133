package org.supportdesk.managedservices;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supportdesk.managedservices.process.ManagedServicesProcess;

/**
 * Files cost requests (from sales' API or an appeal handed to sales) and records the customer's
 * decision; the {@code managed-services-request} process does the rest.
 */
@Service
public class CostRequests {

    private final CostRequestRepository requests;
    private final ManagedServicesProcess process;
    private final Clock clock;

    CostRequests(CostRequestRepository requests, ManagedServicesProcess process, Clock clock) {
        this.requests = requests;
        this.process = process;
        this.clock = clock;
    }

    /** What sales (or an appeal) tell about the customer and the services wanted. */
    public record Filing(CostRequest.Customer customer, CostRequest.Requirements requirements,
                         String sourceAppealNumber, String filedBy) {
    }

    /** A request from sales: presales qualify it next. */
    @Transactional
    public CostRequest file(Filing filing) {
        return start(filing, CostRequestStatus.NEW);
    }

    /**
     * An appeal asked for Managed Services: a lead for sales, linked to the appeal and filled from
     * it, which sales complete (services, environment) before presales qualify it.
     */
    @Transactional
    public CostRequest leadFromAppeal(Filing filing) {
        return start(filing, CostRequestStatus.LEAD);
    }

    /** Writes a request filed through the process's Tasklist start form; the process is running already. */
    public String registerStarted(Filing filing) {
        return insert(filing, CostRequestStatus.NEW);
    }

    private String insert(Filing filing, CostRequestStatus status) {
        String number = "MS-" + requests.nextNumber();
        requests.insert(number, status, filing.customer(), filing.requirements(),
                new CostRequest.Origin(filing.sourceAppealNumber(), filing.filedBy(), clock.instant()));
        return number;
    }

    private CostRequest start(Filing filing, CostRequestStatus status) {
        String number = insert(filing, status);
        process.start(number, status == CostRequestStatus.LEAD, filing.filedBy());
        return requests.getByNumber(number);
    }

    /** Sales record what the customer said to the quote; only while the quote waits for it. */
    @Transactional
    public CostRequest recordDecision(String number, boolean accepted, String refusalReason, LocalDate contractStart) {
        CostRequest request = requests.getByNumber(number);
        if (!process.recordCustomerDecision(number, accepted, refusalReason, contractStart)) {
            throw new CostRequestStateException("the request " + number + " has no quote awaiting a decision"
                    + " (status " + request.status() + ")");
        }
        return requests.getByNumber(number);
    }
}
