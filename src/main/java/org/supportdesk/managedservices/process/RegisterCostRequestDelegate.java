package org.supportdesk.managedservices.process;

import static org.supportdesk.managedservices.process.CostRequestVariables.COMPANY;
import static org.supportdesk.managedservices.process.CostRequestVariables.CONTACT_EMAIL;
import static org.supportdesk.managedservices.process.CostRequestVariables.CONTACT_NAME;
import static org.supportdesk.managedservices.process.CostRequestVariables.DATABASES;
import static org.supportdesk.managedservices.process.CostRequestVariables.DESIRED_START;
import static org.supportdesk.managedservices.process.CostRequestVariables.K8S_CLUSTERS;
import static org.supportdesk.managedservices.process.CostRequestVariables.LEAD;
import static org.supportdesk.managedservices.process.CostRequestVariables.LOGIN;
import static org.supportdesk.managedservices.process.CostRequestVariables.NOTES;
import static org.supportdesk.managedservices.process.CostRequestVariables.RAM_GB;
import static org.supportdesk.managedservices.process.CostRequestVariables.REQUEST_NUMBER;
import static org.supportdesk.managedservices.process.CostRequestVariables.SALES_REP;
import static org.supportdesk.managedservices.process.CostRequestVariables.SERVICES;
import static org.supportdesk.managedservices.process.CostRequestVariables.STORAGE_TB;
import static org.supportdesk.managedservices.process.CostRequestVariables.VCPU;
import static org.supportdesk.managedservices.process.CostRequestVariables.VMS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.supportdesk.input.InvalidInputException;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;
import org.supportdesk.managedservices.CostRequests;
import org.supportdesk.vocabulary.Language;
import org.supportdesk.vocabulary.ManagedService;

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
        number = costRequests.registerStarted(new CostRequests.Filing(
                text(execution, COMPANY), text(execution, CONTACT_NAME), text(execution, CONTACT_EMAIL),
                text(execution, LOGIN), services(execution.getVariable(SERVICES)),
                new CostRequest.Environment(whole(execution, VMS), whole(execution, VCPU),
                        whole(execution, RAM_GB), decimal(execution, STORAGE_TB), whole(execution, DATABASES),
                        whole(execution, K8S_CLUSTERS)),
                date(execution, DESIRED_START), text(execution, NOTES),
                Language.of(text(execution, COMPANY), text(execution, NOTES)), null,
                text(execution, SALES_REP)));
        execution.setProcessBusinessKey(number);
        execution.setVariable(REQUEST_NUMBER, number);
        execution.setVariable(LEAD, false);
    }

    /** A checklist in Camunda Forms submits a list; a text field, codes separated by commas. */
    static List<ManagedService> services(Object value) {
        List<String> codes = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(code -> codes.add(String.valueOf(code)));
        } else if (value != null) {
            for (String code : value.toString().replaceAll("[\\[\\]\"]", "").split(",")) {
                codes.add(code);
            }
        }
        try {
            return codes.stream().map(String::strip).filter(code -> !code.isEmpty()).map(ManagedService::valueOf)
                    .distinct().toList();
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(SERVICES, "codes of the managed services, e.g. MONITORING");
        }
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static int whole(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value instanceof Number number ? number.intValue() : 0;
    }

    private static BigDecimal decimal(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value instanceof Number number ? new BigDecimal(number.toString()) : BigDecimal.ZERO;
    }

    private static LocalDate date(DelegateExecution execution, String name) {
        String value = text(execution, name);
        try {
            return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "a date (2026-12-01)");
        }
    }
}
