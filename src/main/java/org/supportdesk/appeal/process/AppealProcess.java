package org.supportdesk.appeal.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.supportdesk.sla.Deadlines;
import org.supportdesk.vocabulary.Level;
import org.supportdesk.vocabulary.Priority;

/**
 * The only caller of the engine for a running appeal.bpmn instance (found by its business key, the
 * appeal number) and for the priority decision: the appeal's services say what happened, this class
 * says it to the process.
 */
@Component("appealProcess")
public class AppealProcess {

    static final String PRIORITY_DECISION = "priority";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final DecisionService decisions;

    AppealProcess(RuntimeService runtime, TaskService tasks, DecisionService decisions) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.decisions = decisions;
    }

    /** The customer wrote while we waited for them or after resolution: the process goes on. */
    public void customerReplied(String number) {
        runtime.createMessageCorrelation(AppealVariables.CUSTOMER_REPLIED_MESSAGE)
                .processInstanceBusinessKey(number)
                .correlateAll();
    }

    public void customerConfirmed(String number) {
        runtime.createMessageCorrelation(AppealVariables.CUSTOMER_CONFIRMED_MESSAGE)
                .processInstanceBusinessKey(number)
                .correlateAll();
    }

    /** The task priority of an appeal priority, for the triage and work tasks of appeal.bpmn. */
    public int taskPriority(String priority) {
        return Priority.valueOf(priority).taskPriority();
    }

    /** The priority decision (priority.dmn) over urgency and impact; either may be absent. */
    public Priority priority(Level urgency, Level impact) {
        return Priority.valueOf(decisions.evaluateDecisionTableByKey(PRIORITY_DECISION, levels(urgency, impact))
                .getSingleEntry());
    }

    /**
     * While the first answer is outstanding, the open tasks are due at the first-answer deadline (their
     * follow-up date marks it too); once answered, the resolution deadline is the next one.
     */
    public void firstAnswerGiven(String number, Instant resolutionDueAt) {
        ProcessInstance instance = instance(number);
        if (instance == null) {
            return;
        }
        runtime.setVariable(instance.getId(), AppealVariables.FIRST_ANSWER_GIVEN, true);
        for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).list()) {
            if (task.getFollowUpDate() != null) {
                task.setFollowUpDate(null);
                task.setDueDate(resolutionDueAt == null ? null : Date.from(resolutionDueAt));
                tasks.saveTask(task);
            }
        }
    }

    /**
     * A priority change outside triage: the new inputs and deadlines go to the process, the open
     * triage and work tasks fall due at the next deadline, and the SLA watch is woken to reschedule.
     */
    public void priorityChanged(String number, Level urgency, Level impact, Priority priority, Deadlines due,
                                boolean answered) {
        ProcessInstance instance = instance(number);
        if (instance == null) {
            return;
        }
        Map<String, Object> variables = levels(urgency, impact);
        variables.put(AppealVariables.PRIORITY, priority.name());
        variables.put(AppealVariables.FIRST_RESPONSE_DUE_AT, Date.from(due.firstResponseDueAt()));
        variables.put(AppealVariables.RESOLUTION_DUE_AT, Date.from(due.resolutionDueAt()));
        runtime.setVariables(instance.getId(), variables);
        for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKeyIn(AppealVariables.TRIAGE_TASK, AppealVariables.WORK_TASK).list()) {
            task.setDueDate(Date.from(answered ? due.resolutionDueAt() : due.firstResponseDueAt()));
            task.setFollowUpDate(answered ? null : Date.from(due.firstResponseDueAt()));
            task.setPriority(priority.taskPriority());
            tasks.saveTask(task);
        }
        runtime.createSignalEvent(AppealVariables.DEADLINES_CHANGED_SIGNAL_PREFIX + instance.getId()).send();
    }

    /** Who holds the appeal's open triage or work: each task's assignee, or else its candidate groups. */
    public List<OpenWork> openWork(String processInstanceId) {
        return openTasks(processInstanceId).stream()
                .map(task -> new OpenWork(task.getAssignee(), task.getAssignee() != null ? List.of()
                        : candidateGroups(task.getId()).toList()))
                .toList();
    }

    /** Escalation level 2: the open work leaves its group and its agent for the given group. */
    public void moveOpenWork(String processInstanceId, String toGroup) {
        for (Task task : openTasks(processInstanceId)) {
            candidateGroups(task.getId()).filter(group -> !group.equals(toGroup))
                    .forEach(group -> tasks.deleteCandidateGroup(task.getId(), group));
            tasks.addCandidateGroup(task.getId(), toGroup);
            if (task.getAssignee() != null) {
                tasks.setAssignee(task.getId(), null);
            }
        }
    }

    /** Triage and work: the tasks of the appeal's own queue, not the leads' escalation tasks. */
    private List<Task> openTasks(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKeyIn(AppealVariables.TRIAGE_TASK, AppealVariables.WORK_TASK).list();
    }

    private Stream<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .map(IdentityLink::getGroupId)
                .filter(Objects::nonNull);
    }

    private ProcessInstance instance(String number) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(AppealVariables.PROCESS_KEY)
                .processInstanceBusinessKey(number)
                .singleResult();
    }

    private static Map<String, Object> levels(Level urgency, Level impact) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(AppealVariables.URGENCY, urgency == null ? null : urgency.name());
        inputs.put(AppealVariables.IMPACT, impact == null ? null : impact.name());
        return inputs;
    }

    /** An open triage or work task: its assignee, or the groups it is offered to when nobody has it. */
    public record OpenWork(String assignee, List<String> groups) {
    }
}
