package org.supportdesk.managedservices.process;

import static org.supportdesk.managedservices.process.CostRequestVariables.DATABASES;
import static org.supportdesk.managedservices.process.CostRequestVariables.K8S_CLUSTERS;
import static org.supportdesk.managedservices.process.CostRequestVariables.LEAD_COMPANY;
import static org.supportdesk.managedservices.process.CostRequestVariables.LEAD_CONTACT_NAME;
import static org.supportdesk.managedservices.process.CostRequestVariables.NOTES;
import static org.supportdesk.managedservices.process.CostRequestVariables.RAM_GB;
import static org.supportdesk.managedservices.process.CostRequestVariables.SERVICES;
import static org.supportdesk.managedservices.process.CostRequestVariables.STORAGE_TB;
import static org.supportdesk.managedservices.process.CostRequestVariables.VCPU;
import static org.supportdesk.managedservices.process.CostRequestVariables.VMS;

import java.math.BigDecimal;

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
        requests.completeLead(request.id(), RegisterCostRequestDelegate.services(task.getVariable(SERVICES)),
                new CostRequest.Environment(whole(task.getVariable(VMS)), whole(task.getVariable(VCPU)),
                        whole(task.getVariable(RAM_GB)), decimal(task.getVariable(STORAGE_TB)),
                        whole(task.getVariable(DATABASES)), whole(task.getVariable(K8S_CLUSTERS))),
                (String) task.getVariable(NOTES));
        requests.correctContact(request.id(), text(task.getVariable(LEAD_COMPANY)),
                text(task.getVariable(LEAD_CONTACT_NAME)));
        Object salesRep = task.getVariable(CostRequestVariables.SALES_REP);
        if ((salesRep == null || salesRep.toString().isBlank()) && task.getAssignee() != null) {
            task.getExecution().setVariable(CostRequestVariables.SALES_REP, task.getAssignee());
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static int whole(Object value) {
        return value instanceof Number number ? Math.max(0, number.intValue()) : 0;
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof Number number ? new BigDecimal(number.toString()).max(BigDecimal.ZERO) : BigDecimal.ZERO;
    }
}
