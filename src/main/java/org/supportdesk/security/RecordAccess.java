package org.supportdesk.security;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read one record that processes work on (a cost request, a notice): administrators, the groups
 * that work on every task of one of its processes (the access table), and whoever Camunda lets see one
 * of its open tasks (sales their own requests). The workspace's live view and the sales API ask the same.
 */
@Component
public class RecordAccess {

    private final IdentityService identity;
    private final TaskService tasks;

    RecordAccess(IdentityService identity, TaskService tasks) {
        this.identity = identity;
        this.tasks = tasks;
    }

    /** The same for a caller of our API, with the groups the security filter chain gave them. */
    public boolean mayRead(org.springframework.security.core.Authentication caller, Collection<String> processKeys,
                           String businessKey) {
        return mayRead(caller.getName(), StaffGroups.groupIds(caller), processKeys, businessKey);
    }

    public boolean mayRead(String user, List<String> groups, Collection<String> processKeys, String businessKey) {
        if (groups.contains(StaffGroups.CAMUNDA_ADMIN)) {
            return true;
        }
        boolean everyTask = groups.stream()
                .anyMatch(group -> processKeys.stream().anyMatch(key -> AccessModel.worksOnEveryTask(group, key)));
        return everyTask || seesTaskIn(user, groups, processKeys, businessKey);
    }

    /**
     * Whether the user sees an open task of an instance of these processes with this business key, as
     * Camunda's task authorizations decide.
     */
    private boolean seesTaskIn(String user, List<String> groups, Collection<String> processKeys, String businessKey) {
        return asUser(identity, user, groups, () -> tasks.createTaskQuery()
                .processDefinitionKeyIn(processKeys.toArray(String[]::new))
                .processInstanceBusinessKey(businessKey)
                .count()) > 0;
    }

    /**
     * Runs an engine call as this user, so Camunda's authorizations apply; the engine sees whoever it
     * saw before again afterwards, so the application's own calls in the same thread are not limited
     * by the user's rights.
     */
    public static <T> T asUser(IdentityService identity, String user, List<String> groups, Supplier<T> call) {
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(user, groups);
        try {
            return call.get();
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }
}
