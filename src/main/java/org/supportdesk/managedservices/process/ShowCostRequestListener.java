package org.supportdesk.managedservices.process;

import static org.supportdesk.managedservices.process.CostRequestVariables.REQUEST_CONTACT;
import static org.supportdesk.managedservices.process.CostRequestVariables.REQUEST_CUSTOMER;
import static org.supportdesk.managedservices.process.CostRequestVariables.REQUEST_DESIRED_START;
import static org.supportdesk.managedservices.process.CostRequestVariables.REQUEST_ENVIRONMENT;
import static org.supportdesk.managedservices.process.CostRequestVariables.REQUEST_NOTES;
import static org.supportdesk.managedservices.process.CostRequestVariables.REQUEST_QUOTE;
import static org.supportdesk.managedservices.process.CostRequestVariables.REQUEST_SERVICES;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.QuoteLine;
import org.supportdesk.managedservices.QuotePdf;

/**
 * Task listener of the cost request's user tasks (create): what the request says, as task-local
 * variables the forms show, so presales, engineers and sales decide in Tasklist without looking
 * elsewhere. Local to the task: nothing of it stays in the process.
 */
@Component("showCostRequestListener")
class ShowCostRequestListener implements TaskListener {

    private final CostRequestRepository requests;

    ShowCostRequestListener(CostRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void notify(DelegateTask task) {
        CostRequest request = requests.getByNumber(task.getExecution().getProcessBusinessKey());
        CostRequest.Environment env = request.environment();
        task.setVariableLocal(REQUEST_CUSTOMER, request.company() + " (login " + request.login() + ")");
        task.setVariableLocal(REQUEST_CONTACT, request.contactName() + " <" + request.contactEmail() + ">");
        task.setVariableLocal(REQUEST_SERVICES, request.services().isEmpty() ? "-"
                : request.services().stream().map(Enum::name).collect(Collectors.joining(", ")));
        task.setVariableLocal(REQUEST_ENVIRONMENT, env.vms() + " VMs, " + env.vcpu() + " vCPU, " + env.ramGb()
                + " GB RAM, " + env.storageTb().stripTrailingZeros().toPlainString() + " TB storage, "
                + env.databases() + " databases, " + env.k8sClusters() + " Kubernetes clusters");
        task.setVariableLocal(REQUEST_NOTES, request.notes() == null ? "-" : request.notes());
        task.setVariableLocal(REQUEST_DESIRED_START, request.desiredStart() == null ? "-"
                : request.desiredStart().toString());
        task.setVariableLocal(REQUEST_QUOTE, quote(request, requests.quoteLines(request.id())));
    }

    private static String quote(CostRequest request, List<QuoteLine> lines) {
        if (lines.isEmpty() || request.oneOffTotal() == null) {
            return "-";
        }
        StringBuilder text = new StringBuilder();
        for (QuoteLine line : lines) {
            text.append(line.group()).append(line.service() == null ? "" : " " + line.service()).append(' ')
                    .append(line.kind()).append(": ").append(line.quantity().stripTrailingZeros().toPlainString())
                    .append(" x ").append(QuotePdf.money(line.unitPrice())).append('\n');
        }
        text.append("Discount ").append(request.discountPercent().stripTrailingZeros().toPlainString())
                .append(" %; total one-off ").append(QuotePdf.money(request.oneOffTotal()))
                .append(", monthly ").append(QuotePdf.money(request.monthlyTotal()));
        return text.toString();
    }
}
