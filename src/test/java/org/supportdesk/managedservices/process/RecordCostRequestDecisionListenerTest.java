package org.supportdesk.managedservices.process;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supportdesk.managedservices.CostRequest;
import org.supportdesk.managedservices.CostRequestRepository;

/** What each completed task of a cost request leaves in its decisions, and who decided. */
class RecordCostRequestDecisionListenerTest {

    private static final Instant NOW = Instant.parse("2030-05-10T09:00:00Z");

    private final CostRequestRepository requests = mock(CostRequestRepository.class);
    private final RecordCostRequestDecisionListener listener = new RecordCostRequestDecisionListener(requests,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void request() {
        CostRequest request = mock(CostRequest.class);
        when(request.id()).thenReturn(7L);
        when(requests.getByNumber("MS-1")).thenReturn(request);
    }

    @Test
    void presalesAskingForInformationIsRecordedWithTheirQuestion() {
        listener.notify(task("qualify-request", "presales", Map.of("qualification", "MORE_INFORMATION",
                "qualificationNote", " Which regions? ")));
        verify(requests).recordDecision(7L, "INFORMATION_REQUESTED", "presales", NOW, null, "Which regions?");
    }

    @Test
    void aDeclineIsRecordedWithItsReasonAndAnAcceptanceIsNot() {
        listener.notify(task("qualify-request", "presales", Map.of("qualification", "DECLINE",
                "qualificationNote", "We do not run mainframes")));
        verify(requests).recordDecision(7L, "DECLINED", "presales", NOW, null, "We do not run mainframes");

        listener.notify(task("qualify-request", "presales", Map.of("qualification", "ACCEPT")));
        // only the decline left a row
        verify(requests, times(1)).recordDecision(anyLong(), anyString(), any(), any(), any(), any());
    }

    @Test
    void whatSalesAddedIsRecorded() {
        listener.notify(task("add-information", "sales", Map.of("addedInformation", "Moscow and Novosibirsk")));
        verify(requests).recordDecision(7L, "INFORMATION_ADDED", "sales", NOW, null, "Moscow and Novosibirsk");
    }

    @Test
    void aDiscountDecisionKeepsTheDiscountAndTheNote() {
        listener.notify(task("approve-discount", "saleslead", Map.of("discountApproval", "REJECTED",
                "discountPercent", 25, "approvalNote", "Too much")));
        verify(requests).recordDecision(7L, "DISCOUNT_REJECTED", "saleslead", NOW, new BigDecimal("25"), "Too much");

        listener.notify(task("approve-discount", "saleslead", Map.of("discountApproval", "APPROVED",
                "discountPercent", 15)));
        verify(requests).recordDecision(eq(7L), eq("DISCOUNT_APPROVED"), eq("saleslead"), eq(NOW),
                eq(new BigDecimal("15")), isNull());
    }

    private static DelegateTask task(String definitionKey, String assignee, Map<String, Object> variables) {
        DelegateTask task = mock(DelegateTask.class);
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessBusinessKey()).thenReturn("MS-1");
        when(task.getExecution()).thenReturn(execution);
        when(task.getTaskDefinitionKey()).thenReturn(definitionKey);
        when(task.getAssignee()).thenReturn(assignee);
        variables.forEach((name, value) -> when(task.getVariable(name)).thenReturn(value));
        return task;
    }
}
