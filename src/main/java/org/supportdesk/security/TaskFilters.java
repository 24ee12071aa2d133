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
 * The Tasklist filters. They have no owner; {@link AccessModel} says which groups may read each one,
 * and the tasks inside are still limited by the task authorizations.
 */
final class TaskFilters {

    static final String MY_APPEALS = "My appeals";
    static final String MY_TASKS = "My tasks";
    static final String SUPPORT_QUEUE = "Support queue by deadline";
    static final String SECOND_LINE = "Second line";
    static final String ESCALATED = "Escalated";
    static final String MANAGED_SERVICES_QUEUE = "Managed Services queue";
    static final String SHIFT_LEAD = "Shift lead";
    static final String HEAD_OF_SUPPORT = "Head of support";
    static final String SALES = "Sales";
    static final String MY_COST_REQUESTS = "My cost requests";
    static final String DISCOUNT_APPROVALS = "Discount approvals";
    static final String NOTIFICATIONS = "Service notifications";

    record TaskFilter(String name, String description, Function<TaskService, TaskQuery> query) {
    }

    static final List<TaskFilter> TABLE = List.of(
            new TaskFilter(MY_APPEALS, "Appeals assigned to me, nearest deadline first",
                    tasks -> tasks.createTaskQuery()
                            .taskAssigneeExpression("${currentUser()}")
                            .processDefinitionKey(AccessModel.APPEAL)
                            .orderByDueDate().asc()),
            new TaskFilter(MY_TASKS, "Everything assigned to me, nearest deadline first",
                    tasks -> tasks.createTaskQuery()
                            .taskAssigneeExpression("${currentUser()}")
                            .orderByDueDate().asc()
                            .orderByTaskCreateTime().asc()),
            new TaskFilter(SUPPORT_QUEUE, "First line: open and taken work, nearest deadline first",
                    tasks -> queueOf(tasks, StaffGroups.SUPPORT_L1)
                            .orderByDueDate().asc()
                            .orderByFollowUpDate().asc()),
            new TaskFilter(SECOND_LINE, "Second line engineers, nearest deadline first",
                    tasks -> queueOf(tasks, StaffGroups.SUPPORT_L2).orderByDueDate().asc()),
            new TaskFilter(ESCALATED, "Appeals at any escalation level, nearest deadline first",
                    tasks -> tasks.createTaskQuery()
                            .processDefinitionKey(AccessModel.APPEAL)
                            .processVariableValueGreaterThan("escalationLevel", 0)
                            .orderByDueDate().asc()),
            new TaskFilter(MANAGED_SERVICES_QUEUE, "Managed Services customers, cost requests and onboarding,"
                    + " nearest deadline first",
                    tasks -> queueOf(tasks, StaffGroups.MANAGED_SERVICES).orderByDueDate().asc()),
            new TaskFilter(SHIFT_LEAD, "Escalations and notice follow-ups for the shift lead, nearest deadline first",
                    tasks -> queueOf(tasks, StaffGroups.SUPPORT_LEADS).orderByDueDate().asc()),
            new TaskFilter(HEAD_OF_SUPPORT, "Overdue appeals for the head of support, nearest deadline first",
                    tasks -> queueOf(tasks, StaffGroups.SUPPORT_MANAGEMENT).orderByDueDate().asc()),
            new TaskFilter(SALES, "Requests handed to sales, oldest first",
                    tasks -> queueOf(tasks, StaffGroups.SALES).orderByTaskCreateTime().asc()),
            new TaskFilter(MY_COST_REQUESTS, "Cost requests I filed: where each stands now",
                    tasks -> tasks.createTaskQuery()
                            .processDefinitionKey(AccessModel.COST_REQUEST)
                            .taskOwnerExpression("${currentUser()}")
                            .orderByTaskCreateTime().desc()),
            new TaskFilter(DISCOUNT_APPROVALS, "Quotes with a discount above the limit, oldest first",
                    tasks -> queueOf(tasks, StaffGroups.SALES_LEADS).orderByTaskCreateTime().asc()),
            new TaskFilter(NOTIFICATIONS, "Service notifications: approvals, updates and follow-ups, newest first",
                    tasks -> tasks.createTaskQuery()
                            .processDefinitionKey(AccessModel.SERVICE_NOTIFICATION)
                            .orderByTaskCreateTime().desc()));

    /**
     * The process variables earlier versions listed on every card (as raw codes). The workspace's card
     * shows them in words now, with the appeal's number, subject and time left; filters that still list
     * exactly these lose them, filters users edited keep what they chose.
     */
    private static final List<Map<String, String>> EARLIER_CARD_VARIABLES = List.of(
            Map.of("name", "channel", "label", "Channel"),
            Map.of("name", "priority", "label", "Priority"),
            Map.of("name", "category", "label", "Category"),
            Map.of("name", "resolutionDueAt", "label", "Resolution due"));

    private final FilterService filterService;
    private final TaskService taskService;

    TaskFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    /**
     * Creates the filters that do not exist by name; an edited filter is left as the users made it.
     * Answers the id of every filter of the table, by name.
     */
    Map<String, String> createMissing() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (int i = 0; i < TABLE.size(); i++) {
            TaskFilter definition = TABLE.get(i);
            Filter existing = filterService.createFilterQuery().filterName(definition.name()).list().stream()
                    .findFirst().orElse(null);
            if (existing != null) {
                dropEarlierCardVariables(existing);
                ids.put(definition.name(), existing.getId());
                continue;
            }
            Filter filter = filterService.newTaskFilter(definition.name());
            filter.setProperties(properties(definition, i + 1));
            filter.setQuery(definition.query().apply(taskService));
            ids.put(definition.name(), filterService.saveFilter(filter).getId());
        }
        return ids;
    }

    private void dropEarlierCardVariables(Filter filter) {
        Map<String, Object> properties = filter.getProperties();
        if (properties != null && EARLIER_CARD_VARIABLES.equals(properties.get("variables"))) {
            Map<String, Object> changed = new LinkedHashMap<>(properties);
            changed.remove("variables");
            filter.setProperties(changed);
            filterService.saveFilter(filter);
        }
    }

    private static Map<String, Object> properties(TaskFilter definition, int priority) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", definition.description());
        properties.put("priority", priority);
        properties.put("refresh", true);
        return properties;
    }

    /** A group's queue: the tasks it may claim and those its members have taken. */
    private static TaskQuery queueOf(TaskService tasks, String group) {
        return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks();
    }
}
