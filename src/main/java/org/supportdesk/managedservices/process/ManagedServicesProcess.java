package org.supportdesk.managedservices.process;

import static org.supportdesk.managedservices.process.CostRequestVariables.ACCEPTED;
import static org.supportdesk.managedservices.process.CostRequestVariables.CONTRACT_START;
import static org.supportdesk.managedservices.process.CostRequestVariables.CUSTOMER_DECISION;
import static org.supportdesk.managedservices.process.CostRequestVariables.CUSTOMER_DECISION_TASK;
import static org.supportdesk.managedservices.process.CostRequestVariables.LEAD;
import static org.supportdesk.managedservices.process.CostRequestVariables.REFUSAL_REASON;
import static org.supportdesk.managedservices.process.CostRequestVariables.REFUSED;
import static org.supportdesk.managedservices.process.CostRequestVariables.SALES_REP;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.CostRequestStatus;
import org.supportdesk.security.ApplicationStarts;
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
    private final ApplicationStarts starts;
    private final TaskService tasks;

    ManagedServicesProcess(CostRequestRepository requests, ServiceRates rates, ApplicationStarts starts,
                           TaskService tasks) {
        this.requests = requests;
        this.rates = rates;
        this.starts = starts;
        this.tasks = tasks;
    }

    /** Starts managed-services-request for a request row; a lead starts at qualification. */
    public void start(String number, boolean lead, String salesRep) {
        starts.start(CostRequestVariables.PROCESS_KEY, number, Map.of(LEAD, lead,
                SALES_REP, salesRep == null ? "" : salesRep));
    }

    /**
     * Completes "Record the customer's decision" as its form would; false when the request has no
     * quote waiting for a decision.
     */
    public boolean recordCustomerDecision(String number, boolean accepted, String refusalReason,
                                          LocalDate contractStart) {
        Task task = tasks.createTaskQuery()
                .processDefinitionKey(CostRequestVariables.PROCESS_KEY)
                .processInstanceBusinessKey(number)
                .taskDefinitionKey(CUSTOMER_DECISION_TASK)
                .singleResult();
        if (task == null) {
            return false;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CUSTOMER_DECISION, accepted ? ACCEPTED : REFUSED);
        variables.put(REFUSAL_REASON, refusalReason);
        variables.put(CONTRACT_START, contractStart == null ? null : contractStart.toString());
        tasks.complete(task.getId(), variables);
        return true;
    }

    /** One scoping task per group of the requested services (group names from the ms-pricing decision). */
    public List<String> serviceGroups(String number) {
        return rates.of(requests.getByNumber(number)).values().stream()
                .map(rate -> rate.group().name()).distinct().sorted().toList();
    }

    /** The onboarding processes the accepted services need, e.g. {@code ms-onboarding-audit}. */
    public List<String> onboardings(String number) {
        return requests.getByNumber(number).requirements().services().stream()
                .map(ManagedService::onboarding).distinct().sorted()
                .map(ManagedService.Onboarding::processKey).toList();
    }

    public void status(DelegateExecution execution, String status) {
        requests.updateStatus(requests.getByNumber(execution.getProcessBusinessKey()).id(),
                CostRequestStatus.valueOf(status));
    }
}
