package org.supportdesk.system;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.supportdesk.security.AccessModel;

/**
 * The engine's own task grants, minus the rows a grant on the process definition already covers.
 * <p>
 * By default the engine writes one authorization row per task for each candidate group. A queue of
 * 100,000 appeals then holds 100,000 rows, and every authorized command reads the distinct group ids
 * of all of them. The support groups see and work every appeal task through one grant on the
 * {@code appeal} definition ({@link AccessModel}), so their per-task rows are left out; a candidate
 * group without such a grant (sales in an appeal, leads following up a notice) keeps its row on that
 * one task.
 * <p>
 * A task's owner (the sales representative of a cost request) may follow the task, not complete it:
 * read only.
 */
class TaskGrantsPerDefinition extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        String processKey = processKey(task);
        if (groupId != null && processKey != null && AccessModel.worksOnEveryTask(groupId, processKey)) {
            return null;
        }
        return super.newTaskGroupIdentityLink(task, groupId, type);
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        if (newOwner == null) {
            return null;
        }
        return new AuthorizationEntity[] {
                createOrUpdateAuthorization(task, newOwner, null, Resources.TASK, false, Permissions.READ) };
    }

    /** The engine writes definition ids as {@code key:version:uuid} for keys as short as ours. */
    static String processKey(Task task) {
        String definitionId = task.getProcessDefinitionId();
        int colon = definitionId == null ? -1 : definitionId.indexOf(':');
        return colon > 0 ? definitionId.substring(0, colon) : null;
    }
}
