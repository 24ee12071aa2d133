package org.supportdesk.workspace.process;

import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.supportdesk.appeal.process.AppealVariables;
import org.supportdesk.security.AccessModel;
import org.supportdesk.workspace.Caller;

/**
 * What a start from Tasklist created, for the one who started it: the number to tell the caller
 * (a phone call's appeal, a cost request, a notification) and their first task in it to go on with.
 * Tasklist itself only says "the process has been started".
 */
@Service
public class StartedProcesses {

    public enum Kind {
        APPEAL, COST_REQUEST, NOTIFICATION, OTHER
    }

    /** {@code taskId}: the caller's first open task there, if they see one. */
    public record Started(Kind kind, String number, String taskId, String taskName) {
    }

    private final HistoryService history;
    private final TaskLookup lookup;

    StartedProcesses(HistoryService history, TaskLookup lookup) {
        this.history = history;
        this.lookup = lookup;
    }

    /** Empty when the instance does not exist or someone else started it. */
    public Optional<Started> started(Caller caller, String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null || !caller.user().equals(instance.getStartUserId())) {
            return Optional.empty();
        }
        String number = instance.getBusinessKey();
        return Optional.of(switch (instance.getProcessDefinitionKey()) {
            // the call's instance ends at once; the appeal it registered carries the same number
            case AccessModel.PHONE_CALL -> started(caller, Kind.APPEAL, AppealVariables.PROCESS_KEY, number);
            case AccessModel.COST_REQUEST -> started(caller, Kind.COST_REQUEST, AccessModel.COST_REQUEST, number);
            case AccessModel.SERVICE_NOTIFICATION ->
                    started(caller, Kind.NOTIFICATION, AccessModel.SERVICE_NOTIFICATION, number);
            default -> started(caller, Kind.OTHER, instance.getProcessDefinitionKey(), number);
        });
    }

    private Started started(Caller caller, Kind kind, String processKey, String number) {
        if (number == null) {
            return new Started(kind, null, null, null);
        }
        Optional<WorkTask> next = lookup.firstTask(caller, processKey, number);
        return new Started(kind, number, next.map(WorkTask::id).orElse(null), next.map(WorkTask::name).orElse(null));
    }
}
