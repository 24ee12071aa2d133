package org.supportdesk.managedservices.process;

import java.math.BigDecimal;
import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequestRepository;

/**
 * Task listener (complete) of "Qualify request", "Add information" and "Approve discount": what was
 * decided, by whom and when goes into the request's decisions, which the Cost request tab shows. An
 * accepted qualification leaves no row: the scoping that follows shows it.
 */
@Component("recordCostRequestDecisionListener")
class RecordCostRequestDecisionListener implements TaskListener {

    static final String QUALIFY_TASK = "qualify-request";
    static final String ADD_INFORMATION_TASK = "add-information";
    static final String APPROVE_DISCOUNT_TASK = "approve-discount";

    private final CostRequestRepository requests;
    private final Clock clock;

    RecordCostRequestDecisionListener(CostRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String kind;
        String note;
        BigDecimal discount = null;
        switch (task.getTaskDefinitionKey()) {
            case QUALIFY_TASK -> {
                Object qualification = task.getVariable(CostRequestVariables.QUALIFICATION);
                kind = "MORE_INFORMATION".equals(qualification) ? "INFORMATION_REQUESTED"
                        : "DECLINE".equals(qualification) ? "DECLINED" : null;
                note = FormValues.text(task, CostRequestVariables.QUALIFICATION_NOTE);
            }
            case ADD_INFORMATION_TASK -> {
                kind = "INFORMATION_ADDED";
                note = FormValues.text(task, CostRequestVariables.ADDED_INFORMATION);
            }
            case APPROVE_DISCOUNT_TASK -> {
                kind = "APPROVED".equals(task.getVariable(CostRequestVariables.DISCOUNT_APPROVAL))
                        ? "DISCOUNT_APPROVED" : "DISCOUNT_REJECTED";
                note = FormValues.text(task, CostRequestVariables.APPROVAL_NOTE);
                discount = task.getVariable(CostRequestVariables.DISCOUNT_PERCENT) instanceof Number number
                        ? new BigDecimal(number.toString()) : null;
            }
            default -> kind = note = null;
        }
        if (kind != null) {
            requests.recordDecision(requests.getByNumber(task.getExecution().getProcessBusinessKey()).id(), kind,
                    decidedBy(task), clock.instant(), discount, note);
        }
    }

    /** The assignee; for a task completed without one, whoever is signed in (Tasklist, the REST API). */
    private static String decidedBy(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }
}
