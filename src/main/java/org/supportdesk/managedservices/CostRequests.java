package org.supportdesk.managedservices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.supportdesk.security.ApplicationStarts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.ManagedService;

/**
 * Files cost requests (from sales' API or an appeal handed to sales) and records the customer's
 * decision; the {@code managed-services-request} process does the rest.
 */
@Service
public class CostRequests {

    public static final String PROCESS_KEY = "managed-services-request";
    public static final String DECISION_TASK = "record-customer-decision";

    private final CostRequestRepository requests;
    private final ApplicationStarts starts;
    private final TaskService tasks;
    private final Clock clock;

    CostRequests(CostRequestRepository requests, ApplicationStarts starts, TaskService tasks, Clock clock) {
        this.requests = requests;
        this.starts = starts;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** What sales (or an appeal) tell about the customer and the services wanted. */
    public record Filing(String company, String contactName, String contactEmail, String login,
                         List<ManagedService> services, CostRequest.Environment environment, LocalDate desiredStart,
                         String notes, Language language, String sourceAppealNumber, String filedBy) {
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
        requests.insert(new CostRequestRepository.NewRequest(number, status, filing.company(), filing.contactName(),
                filing.contactEmail(), filing.login(), filing.services(), filing.environment(), filing.desiredStart(),
                filing.notes(), filing.language(), filing.sourceAppealNumber(), filing.filedBy(), clock.instant()));
        return number;
    }

    private CostRequest start(Filing filing, CostRequestStatus status) {
        String number = insert(filing, status);
        starts.start(PROCESS_KEY, number,
                Map.of("lead", status == CostRequestStatus.LEAD, "salesRep", filing.filedBy() == null ? "" : filing.filedBy()));
        return requests.getByNumber(number);
    }

    /** Sales record what the customer said to the quote; only while the quote waits for it. */
    @Transactional
    public CostRequest recordDecision(String number, boolean accepted, String refusalReason, LocalDate contractStart) {
        CostRequest request = requests.getByNumber(number);
        Task task = tasks.createTaskQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(number)
                .taskDefinitionKey(DECISION_TASK)
                .singleResult();
        if (task == null) {
            throw new CostRequestStateException("the request " + number + " has no quote awaiting a decision"
                    + " (status " + request.status() + ")");
        }
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("customerDecision", accepted ? "ACCEPTED" : "REFUSED");
        variables.put("refusalReason", refusalReason);
        variables.put("contractStart", contractStart == null ? null : contractStart.toString());
        tasks.complete(task.getId(), variables);
        return requests.getByNumber(number);
    }
}
