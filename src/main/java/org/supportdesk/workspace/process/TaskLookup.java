package org.supportdesk.workspace.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.supportdesk.appeal.process.AppealVariables;
import org.supportdesk.managedservices.process.CostRequestVariables;
import org.supportdesk.security.RecordAccess;
import org.supportdesk.workspace.Caller;

/**
 * The tasks a caller may see, as Camunda's own task authorizations decide (the same rule Tasklist
 * applies): the workspace shows an appeal to whoever sees one of its tasks, and never more.
 */
@Component
public class TaskLookup {

    /** Tasklist shows at most this many cards per page; more ids in one call are refused. */
    public static final int MAX_TASKS = 50;

    private final IdentityService identity;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    TaskLookup(IdentityService identity, TaskService tasks, RuntimeService runtime, RepositoryService repository) {
        this.identity = identity;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
    }

    /**
     * A task the caller sees, with the appeal number when it belongs to an appeal, and the key and
     * business key (the number of the appeal, cost request or notice) of its process.
     */
    public record VisibleTask(WorkTask task, String appealNumber, String processKey, String businessKey) {
    }

    public Optional<VisibleTask> task(Caller caller, String taskId) {
        return tasks(caller, List.of(taskId)).values().stream().findFirst();
    }

    /** The caller's view of these tasks, by id, in the order given; tasks they may not see are left out. */
    public Map<String, VisibleTask> tasks(Caller caller, Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        // paged: with queryMaxResultsLimit set, the engine refuses unbounded lists for a signed-in user
        List<Task> found = as(caller, () -> tasks.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new))
                .listPage(0, MAX_TASKS));
        Map<String, ProcessInstance> instances = instances(found);
        Map<String, VisibleTask> byId = new HashMap<>();
        for (Task task : found) {
            // a task created on its own (Tasklist's "Create task") belongs to no process
            ProcessInstance instance = task.getProcessInstanceId() == null ? null
                    : instances.get(task.getProcessInstanceId());
            String processKey = instance == null ? null : processKey(instance.getProcessDefinitionId());
            String businessKey = instance == null ? null : instance.getBusinessKey();
            byId.put(task.getId(), new VisibleTask(WorkTask.of(task),
                    AppealVariables.PROCESS_KEY.equals(processKey) ? businessKey : null, processKey, businessKey));
        }
        Map<String, VisibleTask> ordered = new LinkedHashMap<>();
        taskIds.stream().filter(byId::containsKey).forEach(id -> ordered.put(id, byId.get(id)));
        return ordered;
    }

    /** Whether the caller sees any open task of this appeal. */
    public boolean seesTaskOf(Caller caller, String appealNumber) {
        return as(caller, () -> tasks.createTaskQuery()
                .processDefinitionKey(AppealVariables.PROCESS_KEY)
                .processInstanceBusinessKey(appealNumber)
                .count()) > 0;
    }

    /**
     * The service group a cost request's scoping task is for (each group gets a parallel task of its own);
     * null for every other task.
     */
    public String serviceGroupOf(WorkTask task) {
        if (!CostRequestVariables.SCOPE_TASK.equals(task.taskDefinitionKey())) {
            return null;
        }
        Object group = tasks.getVariable(task.id(), CostRequestVariables.SERVICE_GROUP);
        return group == null ? null : group.toString();
    }

    /** The caller's first open task of a process by business key: where to go after starting something. */
    public Optional<WorkTask> firstTask(Caller caller, String processKey, String businessKey) {
        return as(caller, () -> tasks.createTaskQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .orderByTaskCreateTime().asc()
                .listPage(0, 1)).stream().findFirst().map(WorkTask::of);
    }

    /** Runs an engine query as the caller, so authorizations apply. */
    private <T> T as(Caller caller, Supplier<T> query) {
        return RecordAccess.asUser(identity, caller.user(), caller.groups(), query);
    }

    /** The running process instances of the tasks, by id. */
    private Map<String, ProcessInstance> instances(List<Task> found) {
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return instanceIds.isEmpty() ? Map.of() : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds)
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
    }

    /** The key of a deployed definition (the engine caches definitions, so this reads no table twice). */
    private String processKey(String definitionId) {
        return definitionId == null ? null : repository.getProcessDefinition(definitionId).getKey();
    }
}
