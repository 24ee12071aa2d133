package org.supportdesk.appeal;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.supportdesk.appeal.process.AppealVariables;
import org.supportdesk.sla.Deadlines;
import org.supportdesk.vocabulary.Level;
import org.supportdesk.vocabulary.Priority;

/**
 * A priority change outside triage: the priority decision, deadlines from the received time, the
 * open tasks' due dates, and the SLA watch woken to reschedule its timer.
 */
@Service
public class AppealReprioritization {

    static final String PRIORITY_DECISION = "priority";

    private final AppealRepository appeals;
    private final AppealDeadlines deadlines;
    private final DecisionService decisions;
    private final RuntimeService runtime;
    private final TaskService tasks;

    AppealReprioritization(AppealRepository appeals, AppealDeadlines deadlines, DecisionService decisions,
                           RuntimeService runtime, TaskService tasks) {
        this.appeals = appeals;
        this.deadlines = deadlines;
        this.decisions = decisions;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Transactional
    public Appeal change(Appeal appeal, Level urgency, Level impact) {
        if (appeal.status() != AppealStatus.OPEN && appeal.status() != AppealStatus.IN_PROGRESS
                && appeal.status() != AppealStatus.WAITING_FOR_CUSTOMER) {
            throw new AppealClosedException(appeal.number(), "the priority of a settled appeal stays as it was");
        }
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("urgency", urgency == null ? null : urgency.name());
        inputs.put("impact", impact == null ? null : impact.name());
        Priority priority = Priority.valueOf(decisions.evaluateDecisionTableByKey(PRIORITY_DECISION, inputs)
                .getSingleEntry());
        appeals.updatePriorityInputs(appeal.id(), urgency, impact);
        Deadlines due = deadlines.apply(appeal.number(), priority);

        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(AppealVariables.PROCESS_KEY).processInstanceBusinessKey(appeal.number())
                .singleResult();
        if (instance != null) {
            Map<String, Object> variables = new HashMap<>(inputs);
            variables.put(AppealVariables.PRIORITY, priority.name());
            variables.put(AppealVariables.FIRST_RESPONSE_DUE_AT, Date.from(due.firstResponseDueAt()));
            variables.put(AppealVariables.RESOLUTION_DUE_AT, Date.from(due.resolutionDueAt()));
            runtime.setVariables(instance.getId(), variables);
            // the tasks are due at the next deadline: the first answer while it is outstanding
            boolean answered = appeal.firstAnsweredAt() != null;
            for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId())
                    .taskDefinitionKeyIn("UserTask_TriageAppeal", "UserTask_WorkOnAppeal").list()) {
                task.setDueDate(Date.from(answered ? due.resolutionDueAt() : due.firstResponseDueAt()));
                task.setFollowUpDate(answered ? null : Date.from(due.firstResponseDueAt()));
                tasks.saveTask(task);
            }
            runtime.createSignalEvent(AppealVariables.DEADLINES_CHANGED_SIGNAL_PREFIX + instance.getId()).send();
        }
        return appeals.getByNumber(appeal.number());
    }
}
