package org.supportdesk.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;

/**
 * Removes the per-task authorization rows that earlier versions of the desk let the engine write for
 * groups that now see every task of the process through one grant on its definition. Without this,
 * a database upgraded with many open appeals would keep paying for those rows until each task ends.
 * Runs at start, page by page; a second run finds nothing to do.
 */
final class RedundantTaskGrants {

    private static final int PAGE = 500;

    private final AuthorizationService authorizations;
    private final TaskService tasks;

    RedundantTaskGrants(AuthorizationService authorizations, TaskService tasks) {
        this.authorizations = authorizations;
        this.tasks = tasks;
    }

    int remove() {
        String[] groups = AccessModel.ROLES.stream().filter(role -> !role.worksOn().isEmpty())
                .map(AccessModel.Role::group).toArray(String[]::new);
        int removed = 0;
        int kept = 0;
        while (true) {
            List<Authorization> page = authorizations.createAuthorizationQuery()
                    .resourceType(Resources.TASK).groupIdIn(groups)
                    .orderByResourceId().asc()
                    .listPage(kept, PAGE);
            if (page.isEmpty()) {
                return removed;
            }
            Map<String, String> processKeyOfTask = new HashMap<>();
            tasks.createTaskQuery()
                    .taskIdIn(page.stream().map(Authorization::getResourceId).distinct().toArray(String[]::new))
                    .list()
                    .forEach(task -> processKeyOfTask.put(task.getId(), processKey(task)));
            for (Authorization authorization : page) {
                String processKey = processKeyOfTask.get(authorization.getResourceId());
                if (processKey != null && AccessModel.worksOnEveryTask(authorization.getGroupId(), processKey)) {
                    authorizations.deleteAuthorization(authorization.getId());
                    removed++;
                }
                else {
                    kept++;
                }
            }
        }
    }

    private static String processKey(Task task) {
        String definitionId = task.getProcessDefinitionId();
        int colon = definitionId == null ? -1 : definitionId.indexOf(':');
        return colon > 0 ? definitionId.substring(0, colon) : null;
    }
}
