package org.supportdesk.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The shared Tasklist filters. They have no owner, so everyone with FILTER READ sees them; the
 * tasks inside are still limited by each task's own authorizations.
 */
final class TaskFilters {

    record TaskFilter(String name, String description, Function<TaskService, TaskQuery> query) {
    }

    static final List<TaskFilter> TABLE = List.of(
            new TaskFilter("My appeals", "Appeals assigned to me, nearest deadline first",
                    tasks -> tasks.createTaskQuery()
                            .taskAssigneeExpression("${currentUser()}")
                            .processDefinitionKey("appeal")
                            .orderByDueDate().asc()),
            new TaskFilter("Support queue by deadline", "First line: open and taken work, nearest deadline first",
                    tasks -> tasks.createTaskQuery()
                            .taskCandidateGroup(StaffGroups.SUPPORT_L1)
                            .includeAssignedTasks()
                            .orderByDueDate().asc()
                            .orderByFollowUpDate().asc()),
            new TaskFilter("Second line", "Second line engineers, nearest deadline first",
                    tasks -> tasks.createTaskQuery()
                            .taskCandidateGroup(StaffGroups.SUPPORT_L2)
                            .includeAssignedTasks()
                            .orderByDueDate().asc()),
            new TaskFilter("Escalated", "Appeals at any escalation level, nearest deadline first",
                    tasks -> tasks.createTaskQuery()
                            .processVariableValueGreaterThan("escalationLevel", 0)
                            .orderByDueDate().asc()),
            new TaskFilter("Managed Services queue", "Managed Services customers, nearest deadline first",
                    tasks -> tasks.createTaskQuery()
                            .taskCandidateGroup(StaffGroups.MANAGED_SERVICES)
                            .orderByDueDate().asc()),
            new TaskFilter("Sales", "Requests handed to sales, oldest first",
                    tasks -> tasks.createTaskQuery()
                            .taskCandidateGroup(StaffGroups.SALES)
                            .orderByTaskCreateTime().asc()));

    // the columns Tasklist shows on each task card
    private static final List<Map<String, String>> VARIABLES = List.of(
            variable("channel", "Channel"),
            variable("priority", "Priority"),
            variable("category", "Category"),
            variable("resolutionDueAt", "Resolution due"));

    private final FilterService filterService;
    private final TaskService taskService;

    TaskFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    /** Creates the filters that do not exist by name; an edited filter is left as the users made it. */
    int createMissing() {
        int created = 0;
        for (int i = 0; i < TABLE.size(); i++) {
            TaskFilter definition = TABLE.get(i);
            if (filterService.createFilterQuery().filterName(definition.name()).count() > 0) {
                continue;
            }
            Filter filter = filterService.newTaskFilter(definition.name());
            filter.setProperties(properties(definition, i + 1));
            filter.setQuery(definition.query().apply(taskService));
            filterService.saveFilter(filter);
            created++;
        }
        return created;
    }

    private static Map<String, Object> properties(TaskFilter definition, int priority) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", definition.description());
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", VARIABLES);
        return properties;
    }

    private static Map<String, String> variable(String name, String label) {
        Map<String, String> variable = new LinkedHashMap<>();
        variable.put("name", name);
        variable.put("label", label);
        return variable;
    }
}
