package org.supportdesk.managedservices.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;
import org.supportdesk.input.InvalidInputException;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.vocabulary.ManagedService;

class FormValuesTest {

    private static VariableScope form(Map<String, Object> values) {
        VariableScope form = mock(VariableScope.class);
        when(form.getVariable(anyString())).thenAnswer(call -> values.get(call.<String>getArgument(0)));
        return form;
    }

    @Test
    void blanksAreMissingAndTextIsStripped() {
        VariableScope form = form(Map.of("company", "  Acme  ", "notes", "   "));

        assertThat(FormValues.text(form, "company")).isEqualTo("Acme");
        assertThat(FormValues.text(form, "notes")).isNull();
        assertThat(FormValues.text(form, "login")).isNull();
    }

    @Test
    void countsAndAmountsAreNeverNegativeAndMissingOnesAreNone() {
        VariableScope form = form(Map.of("vms", -3, "vcpu", 8, "storageTb", -1.5, "ramGb", "64"));

        assertThat(FormValues.environment(form)).isEqualTo(
                new CostRequest.Environment(0, 8, 0, BigDecimal.ZERO, 0, 0));
        assertThat(FormValues.amount(form(Map.of("oneOffHours", 12.5)), "oneOffHours"))
                .isEqualByComparingTo("12.5");
    }

    @Test
    void servicesComeAsAChecklistOrAsCommaSeparatedCodes() {
        assertThat(FormValues.services(form(Map.of("services", List.of("MONITORING", "MIGRATION", "MONITORING")))))
                .containsExactly(ManagedService.MONITORING, ManagedService.MIGRATION);
        assertThat(FormValues.services(form(Map.of("services", "[\"MONITORING\", MIGRATION]"))))
                .containsExactly(ManagedService.MONITORING, ManagedService.MIGRATION);
        assertThatThrownBy(() -> FormValues.services(form(Map.of("services", "GOLD"))))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void datesMayCarryATime() {
        assertThat(FormValues.date(form(Map.of("desiredStart", "2026-12-01T00:00:00Z")), "desiredStart"))
                .isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(FormValues.date(form(Map.of()), "desiredStart")).isNull();
        assertThatThrownBy(() -> FormValues.date(form(Map.of("desiredStart", "tomorrow")), "desiredStart"))
                .isInstanceOf(InvalidInputException.class);
    }
}
