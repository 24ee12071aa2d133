package org.supportdesk.appeal.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.supportdesk.sla.Deadlines;

/** The deadlines as the date variables task due dates read. */
final class DeadlineVariables {

    private DeadlineVariables() {
    }

    static void set(VariableScope scope, Deadlines due) {
        scope.setVariable(AppealVariables.FIRST_RESPONSE_DUE_AT, ProcessSupport.date(due.firstResponseDueAt()));
        scope.setVariable(AppealVariables.RESOLUTION_DUE_AT, ProcessSupport.date(due.resolutionDueAt()));
    }
}
