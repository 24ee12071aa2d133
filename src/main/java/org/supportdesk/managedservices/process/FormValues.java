package org.supportdesk.managedservices.process;

import static org.supportdesk.managedservices.process.CostRequestVariables.DATABASES;
import static org.supportdesk.managedservices.process.CostRequestVariables.K8S_CLUSTERS;
import static org.supportdesk.managedservices.process.CostRequestVariables.RAM_GB;
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

import org.camunda.bpm.engine.delegate.VariableScope;
import org.supportdesk.input.InvalidInputException;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.vocabulary.ManagedService;

/**
 * What the cost request's forms submitted. A task completed through the REST API skips the form's
 * checks, so blanks count as missing and counts, hours and amounts are never negative.
 */
final class FormValues {

    private FormValues() {
    }

    /** The text, stripped; null when missing or blank. */
    static String text(VariableScope form, String name) {
        Object value = form.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** A non-negative amount; a missing field counts as none. */
    static BigDecimal amount(VariableScope form, String name) {
        return form.getVariable(name) instanceof Number number
                ? new BigDecimal(number.toString()).max(BigDecimal.ZERO) : BigDecimal.ZERO;
    }

    static int count(VariableScope form, String name) {
        return form.getVariable(name) instanceof Number number ? Math.max(0, number.intValue()) : 0;
    }

    static LocalDate date(VariableScope form, String name) {
        String value = text(form, name);
        try {
            return value == null ? null : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "a date (2026-12-01)");
        }
    }

    static CostRequest.Environment environment(VariableScope form) {
        return new CostRequest.Environment(count(form, VMS), count(form, VCPU), count(form, RAM_GB),
                amount(form, STORAGE_TB), count(form, DATABASES), count(form, K8S_CLUSTERS));
    }

    /** A checklist in Camunda Forms submits a list; a text field, codes separated by commas. */
    static List<ManagedService> services(VariableScope form) {
        Object value = form.getVariable(SERVICES);
        List<String> codes = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(code -> codes.add(String.valueOf(code)));
        } else if (value != null) {
            codes.addAll(List.of(value.toString().replaceAll("[\\[\\]\"]", "").split(",")));
        }
        try {
            return codes.stream().map(String::strip).filter(code -> !code.isEmpty()).map(ManagedService::valueOf)
                    .distinct().toList();
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(SERVICES, "codes of the managed services, e.g. MONITORING");
        }
    }
}
