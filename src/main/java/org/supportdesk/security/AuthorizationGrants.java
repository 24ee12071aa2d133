package org.supportdesk.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.supportdesk.security.StaffGroups.CAMUNDA_ADMIN;
import static org.supportdesk.security.StaffGroups.DUTY_ENGINEERS;
import static org.supportdesk.security.StaffGroups.MANAGED_SERVICES;
import static org.supportdesk.security.StaffGroups.PROCESS_MODELERS;
import static org.supportdesk.security.StaffGroups.SALES;
import static org.supportdesk.security.StaffGroups.SALES_LEADS;
import static org.supportdesk.security.StaffGroups.SUPPORT_L1;
import static org.supportdesk.security.StaffGroups.SUPPORT_L2;
import static org.supportdesk.security.StaffGroups.SUPPORT_LEADS;
import static org.supportdesk.security.StaffGroups.SUPPORT_MANAGEMENT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * The engine authorizations that carry out {@link AccessModel}. Only camunda-admin (through ALL)
 * and process-modelers may deploy, since a deployment runs code on the server; only camunda-admin
 * may create filters, since stored queries may hold expressions.
 * <p>
 * Starting is CREATE_INSTANCE on each startable definition plus CREATE on process instances;
 * candidate starter groups in the models only shape Tasklist's start list. Tasks: a group that works
 * on every task of a process holds READ_TASK and TASK_WORK on its definition; other candidate groups
 * get the engine's grant on the one task.
 */
final class AuthorizationGrants {

    record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

        Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
            this(groupId, resource, resourceId, List.of(permissions));
        }
    }

    /**
     * Grants earlier versions of the desk wrote and the access model no longer gives: every Tasklist
     * group could start every process and read every filter. Removed once from databases that have them.
     */
    static final List<Grant> RETIRED = retired();

    private final AuthorizationService authorizationService;

    AuthorizationGrants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    /** The grants of the access model, with the ids of the filters as they exist in this database. */
    static List<Grant> table(Map<String, String> filterIds) {
        List<Grant> grants = new ArrayList<>();
        for (Resources resource : Resources.values()) {
            grants.add(new Grant(CAMUNDA_ADMIN, resource, ANY, Permissions.ALL));
        }
        for (AccessModel.Role role : AccessModel.ROLES) {
            String group = role.group();
            if (AccessModel.tasklistRoles().contains(role)) {
                grants.add(new Grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
                // the appeal's decisions are evaluated as the user who completes the preceding task
                grants.add(new Grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
                        Permissions.CREATE_INSTANCE));
            }
            if (!role.starts().isEmpty()) {
                grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
            }
            Set<String> definitions = new LinkedHashSet<>(role.starts());
            definitions.addAll(role.worksOn());
            definitions.addAll(role.supervises());
            definitions.addAll(role.ownTasksIn());
            for (String key : definitions) {
                List<Permission> permissions = new ArrayList<>(List.of(ProcessDefinitionPermissions.READ));
                if (role.starts().contains(key)) {
                    permissions.add(ProcessDefinitionPermissions.CREATE_INSTANCE);
                }
                if (role.ownTasksIn().contains(key)) {
                    permissions.add(ProcessDefinitionPermissions.READ_INSTANCE);
                }
                if (role.worksOn().contains(key)) {
                    // READ_INSTANCE: Tasklist shows the instance's variables on the task cards
                    permissions.addAll(List.of(ProcessDefinitionPermissions.READ_INSTANCE,
                            ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK));
                }
                if (role.supervises().contains(key)) {
                    permissions.addAll(List.of(ProcessDefinitionPermissions.READ_TASK,
                            ProcessDefinitionPermissions.UPDATE_TASK));
                }
                grants.add(new Grant(group, Resources.PROCESS_DEFINITION, key, List.copyOf(new LinkedHashSet<>(permissions))));
            }
            for (String filter : role.filters()) {
                String filterId = filterIds.get(filter);
                if (filterId != null) {
                    grants.add(new Grant(group, Resources.FILTER, filterId, Permissions.READ));
                }
            }
            if (role.cockpit()) {
                grants.add(new Grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
                grants.add(new Grant(group, Resources.PROCESS_DEFINITION, ANY,
                        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                        ProcessDefinitionPermissions.READ_HISTORY));
                grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ));
                grants.add(new Grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ));
                grants.add(new Grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ));
            }
        }
        grants.add(new Grant(PROCESS_MODELERS, Resources.DEPLOYMENT, ANY,
                Permissions.CREATE, Permissions.READ, Permissions.DELETE));
        grants.add(new Grant(PROCESS_MODELERS, Resources.PROCESS_DEFINITION, ANY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.UPDATE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE));
        grants.add(new Grant(PROCESS_MODELERS, Resources.DECISION_DEFINITION, ANY,
                Permissions.READ, Permissions.UPDATE, Permissions.CREATE_INSTANCE));
        grants.add(new Grant(PROCESS_MODELERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
        return merged(grants);
    }

    /** One grant per group and resource, as the engine stores them. */
    private static List<Grant> merged(List<Grant> grants) {
        Map<List<Object>, Set<Permission>> byResource = new LinkedHashMap<>();
        for (Grant grant : grants) {
            byResource.computeIfAbsent(List.of(grant.groupId(), grant.resource(), grant.resourceId()),
                    key -> new LinkedHashSet<>()).addAll(grant.permissions());
        }
        return byResource.entrySet().stream()
                .map(entry -> new Grant((String) entry.getKey().get(0), (Resource) entry.getKey().get(1),
                        (String) entry.getKey().get(2), List.copyOf(entry.getValue())))
                .toList();
    }

    private static List<Grant> retired() {
        List<Grant> retired = new ArrayList<>();
        for (String group : List.of(SUPPORT_L1, SUPPORT_L2, SUPPORT_LEADS, SUPPORT_MANAGEMENT, SALES,
                MANAGED_SERVICES, SALES_LEADS, DUTY_ENGINEERS)) {
            retired.add(new Grant(group, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.CREATE_INSTANCE));
            retired.add(new Grant(group, Resources.FILTER, ANY, Permissions.READ));
        }
        for (String group : List.of(SUPPORT_LEADS, SUPPORT_MANAGEMENT)) {
            retired.add(new Grant(group, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.UPDATE));
        }
        retired.add(new Grant(PROCESS_MODELERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
        return List.copyOf(retired);
    }

    /** Removes the retired grants' permissions, and a grant left with none. */
    int removeRetired() {
        int changed = 0;
        for (Grant grant : RETIRED) {
            Authorization authorization = find(grant);
            if (authorization == null
                    || grant.permissions().stream().noneMatch(authorization::isPermissionGranted)) {
                continue;
            }
            grant.permissions().forEach(authorization::removePermission);
            if (Arrays.stream(permissionsOf(grant.resource()))
                    .filter(permission -> permission.getValue() != 0 && permission != Permissions.ALL)
                    .noneMatch(authorization::isPermissionGranted)) {
                authorizationService.deleteAuthorization(authorization.getId());
            }
            else {
                authorizationService.saveAuthorization(authorization);
            }
            changed++;
        }
        return changed;
    }

    private Authorization find(Grant grant) {
        return authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(grant.groupId())
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
    }

    private static Permission[] permissionsOf(Resource resource) {
        return resource == Resources.PROCESS_DEFINITION ? ProcessDefinitionPermissions.values()
                : resource == Resources.TASK ? TaskPermissions.values()
                : Permissions.values();
    }

    /** Adds what is missing; never removes a permission someone granted in the admin webapp. */
    int grantMissing(Map<String, String> filterIds) {
        int changed = 0;
        for (Grant grant : table(filterIds)) {
            Authorization authorization = find(grant);
            if (authorization == null) {
                authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                authorization.setGroupId(grant.groupId());
                authorization.setResource(grant.resource());
                authorization.setResourceId(grant.resourceId());
            }
            Authorization target = authorization;
            List<Permission> missing = grant.permissions().stream()
                    .filter(permission -> !target.isPermissionGranted(permission))
                    .toList();
            if (!missing.isEmpty()) {
                missing.forEach(target::addPermission);
                authorizationService.saveAuthorization(target);
                changed++;
            }
        }
        return changed;
    }
}
