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
import java.util.List;

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
 * Who may do what in the engine and the webapps. Only camunda-admin (through ALL) and
 * process-modelers may deploy, since a deployment runs code on the server; only camunda-admin may
 * create filters, since stored queries may hold expressions.
 * <p>
 * Tasks need no grant here: with authorization on, Camunda grants a task's candidate groups and
 * assignee READ and UPDATE on that very task, which is what claiming and completing need.
 */
final class AuthorizationGrants {

    record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

        Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
            this(groupId, resource, resourceId, List.of(permissions));
        }
    }

    /** Everyone who works in Tasklist, whatever the team. */
    static final List<String> TASKLIST_USERS = List.of(SUPPORT_L1, SUPPORT_L2, SUPPORT_LEADS, SUPPORT_MANAGEMENT,
            SALES, MANAGED_SERVICES, SALES_LEADS, DUTY_ENGINEERS);

    /** Groups that have tasks in the appeal process. */
    static final List<String> APPEAL_WORKERS = List.of(SUPPORT_L1, SUPPORT_L2, SUPPORT_LEADS, SUPPORT_MANAGEMENT,
            MANAGED_SERVICES, SALES);

    static final List<Grant> TABLE = table();

    private final AuthorizationService authorizationService;

    AuthorizationGrants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    private static List<Grant> table() {
        List<Grant> grants = new ArrayList<>();
        for (Resources resource : Resources.values()) {
            grants.add(new Grant(CAMUNDA_ADMIN, resource, ANY, Permissions.ALL));
        }
        for (String group : TASKLIST_USERS) {
            grants.add(new Grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
            // CREATE_INSTANCE and PROCESS_INSTANCE CREATE: start processes from Tasklist start forms
            grants.add(new Grant(group, Resources.PROCESS_DEFINITION, ANY,
                    ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
            grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE));
            grants.add(new Grant(group, Resources.FILTER, ANY, Permissions.READ));
            // CREATE_INSTANCE (evaluate): the appeal's service tasks read the priority, sla and
            // competency decisions as the user who completes the preceding task
            grants.add(new Grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
                    Permissions.CREATE_INSTANCE));
        }
        for (String group : APPEAL_WORKERS) {
            // READ_INSTANCE on appeals: Tasklist shows the appeal's variables (channel, priority,
            // category, deadline) on the task cards of the queues
            grants.add(new Grant(group, Resources.PROCESS_DEFINITION, "appeal",
                    ProcessDefinitionPermissions.READ_INSTANCE));
        }
        for (String group : List.of(SUPPORT_LEADS, SUPPORT_MANAGEMENT)) {
            grants.add(new Grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
            grants.add(new Grant(group, Resources.PROCESS_DEFINITION, ANY,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
            grants.add(new Grant(group, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ));
            // UPDATE: leads reassign work between agents
            grants.add(new Grant(group, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.UPDATE));
            grants.add(new Grant(group, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ));
        }
        grants.add(new Grant(PROCESS_MODELERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
        grants.add(new Grant(PROCESS_MODELERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
        grants.add(new Grant(PROCESS_MODELERS, Resources.DEPLOYMENT, ANY,
                Permissions.CREATE, Permissions.READ, Permissions.DELETE));
        grants.add(new Grant(PROCESS_MODELERS, Resources.PROCESS_DEFINITION, ANY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.UPDATE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_INSTANCE));
        grants.add(new Grant(PROCESS_MODELERS, Resources.DECISION_DEFINITION, ANY,
                Permissions.READ, Permissions.UPDATE, Permissions.CREATE_INSTANCE));
        grants.add(new Grant(PROCESS_MODELERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ));
        return List.copyOf(grants);
    }

    /** Adds what is missing; never removes a permission someone granted in the admin webapp. */
    int grantMissing() {
        int changed = 0;
        for (Grant grant : TABLE) {
            Authorization authorization = authorizationService.createAuthorizationQuery()
                    .authorizationType(AUTH_TYPE_GRANT)
                    .groupIdIn(grant.groupId())
                    .resourceType(grant.resource())
                    .resourceId(grant.resourceId())
                    .singleResult();
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
