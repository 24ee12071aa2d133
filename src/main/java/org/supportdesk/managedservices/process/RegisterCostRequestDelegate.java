package org.supportdesk.managedservices.process;

import static org.supportdesk.managedservices.process.CostRequestVariables.COMPANY;
import static org.supportdesk.managedservices.process.CostRequestVariables.CONTACT_EMAIL;
import static org.supportdesk.managedservices.process.CostRequestVariables.CONTACT_NAME;
import static org.supportdesk.managedservices.process.CostRequestVariables.DESIRED_START;
import static org.supportdesk.managedservices.process.CostRequestVariables.LEAD;
import static org.supportdesk.managedservices.process.CostRequestVariables.LOGIN;
import static org.supportdesk.managedservices.process.CostRequestVariables.NOTES;
import static org.supportdesk.managedservices.process.CostRequestVariables.REQUEST_NUMBER;
import static org.supportdesk.managedservices.process.CostRequestVariables.SALES_REP;
import static org.supportdesk.managedservices.process.FormValues.text;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.input.InvalidInputException;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.CostRequests;
import org.supportdesk.vocabulary.Language;

/**
 * Service task "Register request". Requests from the API and from appeals are already in our
 * table; one started from the Tasklist start form is written here from the form's fields and gets
 * its number as business key.
 */
@Component
class RegisterCostRequestDelegate implements JavaDelegate {

    private final CostRequestRepository requests;
    private final CostRequests costRequests;

    RegisterCostRequestDelegate(CostRequestRepository requests, CostRequests costRequests) {
        this.requests = requests;
        this.costRequests = costRequests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        if (number != null && requests.findByNumber(number).isPresent()) {
            execution.setVariable(REQUEST_NUMBER, number);
            return;
        }
        for (String field : List.of(COMPANY, CONTACT_NAME, CONTACT_EMAIL, LOGIN)) {
            if (text(execution, field) == null) {
                // a start through the API skips the form's own checks
                throw new InvalidInputException(field, "required");
            }
        }
        String company = text(execution, COMPANY);
        String notes = text(execution, NOTES);
        number = costRequests.registerStarted(new CostRequests.Filing(
                new CostRequest.Customer(company, text(execution, CONTACT_NAME), text(execution, CONTACT_EMAIL),
                        text(execution, LOGIN), Language.of(company, notes)),
                new CostRequest.Requirements(FormValues.services(execution), FormValues.environment(execution),
                        FormValues.date(execution, DESIRED_START), notes),
                null, text(execution, SALES_REP)));
        execution.setProcessBusinessKey(number);
        execution.setVariable(REQUEST_NUMBER, number);
        execution.setVariable(LEAD, false);
    }
}
