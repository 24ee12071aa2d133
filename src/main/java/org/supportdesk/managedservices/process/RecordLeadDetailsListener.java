package org.supportdesk.managedservices.process;

import static org.supportdesk.managedservices.process.CostRequestVariables.LEAD_COMPANY;
import static org.supportdesk.managedservices.process.CostRequestVariables.LEAD_CONTACT_NAME;
import static org.supportdesk.managedservices.process.CostRequestVariables.NOTES;
import static org.supportdesk.managedservices.process.CostRequestVariables.SALES_REP;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;

/**
 * Task listener of "Complete lead" (complete): the services and environment sales found out go to the
 * request, and the company and contact person when sales corrected them. A lead nobody filed becomes
 * the request of the sales member who completed it: they own its next tasks and follow it.
 */
@Component("recordLeadDetailsListener")
class RecordLeadDetailsListener implements TaskListener {

    private final CostRequestRepository requests;

    RecordLeadDetailsListener(CostRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateTask task) {
        CostRequest request = requests.getByNumber(task.getExecution().getProcessBusinessKey());
        requests.completeLead(request.id(), FormValues.services(task), FormValues.environment(task),
                (String) task.getVariable(NOTES), FormValues.text(task, LEAD_COMPANY),
                FormValues.text(task, LEAD_CONTACT_NAME));
        if (FormValues.text(task, SALES_REP) == null && task.getAssignee() != null) {
            task.getExecution().setVariable(SALES_REP, task.getAssignee());
        }
    }
}
