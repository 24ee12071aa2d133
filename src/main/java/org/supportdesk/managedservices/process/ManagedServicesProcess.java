package org.supportdesk.managedservices.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.CostRequestStatus;
import org.supportdesk.managedservices.ServiceRates;
import org.supportdesk.vocabulary.ManagedService;

/**
 * Read by expressions of managed-services-request.bpmn: the service groups to scope and the
 * onboardings to run come from the request's row, so no lists live in process variables; status
 * changes on sequence flows are written here.
 */
@Component("managedServicesProcess")
public class ManagedServicesProcess {

    private final CostRequestRepository requests;
    private final ServiceRates rates;

    ManagedServicesProcess(CostRequestRepository requests, ServiceRates rates) {
        this.requests = requests;
        this.rates = rates;
    }

    /** One scoping task per group of the requested services (group names from the ms-pricing decision). */
    public List<String> serviceGroups(String number) {
        CostRequest request = requests.getByNumber(number);
        return rates.of(request.services(), request.environment().vms()).values().stream()
                .map(rate -> rate.group().name()).distinct().sorted().toList();
    }

    /** The onboarding processes the accepted services need, e.g. {@code ms-onboarding-audit}. */
    public List<String> onboardings(String number) {
        return requests.getByNumber(number).services().stream()
                .map(ManagedService::onboarding).distinct().sorted()
                .map(ManagedService.Onboarding::processKey).toList();
    }

    public CostRequest request(String number) {
        return requests.getByNumber(number);
    }

    public void status(DelegateExecution execution, String status) {
        CostRequest request = requests.getByNumber(execution.getProcessBusinessKey());
        requests.updateStatus(request.id(), CostRequestStatus.valueOf(status));
    }
}
