package org.supportdesk.managedservices.process;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;

/**
 * Task listener of "Complete lead" (complete): the services and environment sales found out go to the
 * request, and the company and contact person when sales corrected them.
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
        requests.completeLead(request.id(), RegisterCostRequestDelegate.services(task.getVariable("services")),
                new CostRequest.Environment(whole(task.getVariable("vms")), whole(task.getVariable("vcpu")),
                        whole(task.getVariable("ramGb")), decimal(task.getVariable("storageTb")),
                        whole(task.getVariable("databases")), whole(task.getVariable("k8sClusters"))),
                (String) task.getVariable("notes"));
        requests.correctContact(request.id(), text(task.getVariable("leadCompany")),
                text(task.getVariable("leadContactName")));
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
