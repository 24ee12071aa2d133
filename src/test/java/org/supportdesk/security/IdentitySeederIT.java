package org.supportdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:seeder;DB_CLOSE_DELAY=-1")
@DirtiesContext
class IdentitySeederIT {

    @Autowired
    IdentitySeeder seeder;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    FilterService filterService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Test
    void createsGroupsDemoUsersAndFilters() {
        for (String group : StaffGroups.ALL) {
            assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
        }
        assertThat(identityService.createGroupQuery().groupId(StaffGroups.CAMUNDA_ADMIN).singleResult().getType())
                .isEqualTo("SYSTEM");
        for (IdentitySeeder.DemoUser demo : IdentitySeeder.DEMO_USERS) {
            assertThat(identityService.createUserQuery().userId(demo.id()).memberOfGroup(demo.groupId()).count())
                    .as(demo.id()).isEqualTo(1);
            assertThat(identityService.checkPassword(demo.id(), demo.id())).as(demo.id()).isTrue();
        }
        assertThat(identityService.createUserQuery().userId("agent").singleResult().getEmail())
                .isEqualTo("agent@support.local");
        for (TaskFilters.TaskFilter definition : TaskFilters.TABLE) {
            Filter filter = filterService.createFilterQuery().filterName(definition.name()).singleResult();
            assertThat(filter).as(definition.name()).isNotNull();
            assertThat(filter.getOwner()).isNull();
            // no raw variables on the cards: the workspace's card shows the appeal in words
            assertThat(filter.getProperties()).containsEntry("refresh", true).containsKeys("description",
                    "priority").doesNotContainKey("variables");
        }
    }

    @Test
    void secondRunChangesNothing() {
        long groups = identityService.createGroupQuery().count();
        long users = identityService.createUserQuery().count();
        long memberships = identityService.createUserQuery().memberOfGroup(StaffGroups.SUPPORT_L1).count();
        long filters = filterService.createFilterQuery().count();
        long authorizations = authorizationService.createAuthorizationQuery().count();
        List<String> grants = grantSnapshot();

        seeder.seed();

        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(identityService.createUserQuery().memberOfGroup(StaffGroups.SUPPORT_L1).count()).isEqualTo(memberships);
        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(grantSnapshot()).isEqualTo(grants);
    }

    @Test
    void agentMayUseTasklistButNotDeploy() {
        List<String> agentGroups = groupsOf("agent");
        assertThat(authorizationService.isUserAuthorized("agent", agentGroups, Permissions.ACCESS,
                Resources.APPLICATION, "tasklist")).isTrue();
        assertThat(authorizationService.isUserAuthorized("agent", agentGroups, Permissions.ACCESS,
                Resources.APPLICATION, "cockpit")).isFalse();
        // filters are granted one by one (AccessModel), not all at once
        assertThat(authorizationService.isUserAuthorized("agent", agentGroups, Permissions.READ,
                Resources.FILTER, "any-filter")).isFalse();
        String queue = filterService.createFilterQuery().filterName(TaskFilters.SUPPORT_QUEUE).list().get(0).getId();
        assertThat(authorizationService.isUserAuthorized("agent", agentGroups, Permissions.READ,
                Resources.FILTER, queue)).isTrue();
        assertThat(authorizationService.isUserAuthorized("agent", agentGroups, Permissions.CREATE,
                Resources.DEPLOYMENT)).isFalse();
        assertThat(authorizationService.isUserAuthorized("agent", agentGroups, Permissions.CREATE,
                Resources.FILTER)).isFalse();
    }

    @Test
    void onlyModelersAndAdminsMayDeploy() {
        assertThat(authorizationService.isUserAuthorized("modeler", groupsOf("modeler"), Permissions.CREATE,
                Resources.DEPLOYMENT)).isTrue();
        assertThat(authorizationService.isUserAuthorized("admin", groupsOf("admin"), Permissions.CREATE,
                Resources.DEPLOYMENT)).isTrue();
        for (String user : List.of("agent", "engineer", "lead", "head", "sales", "presales", "saleslead", "duty")) {
            assertThat(authorizationService.isUserAuthorized(user, groupsOf(user), Permissions.CREATE,
                    Resources.DEPLOYMENT)).as(user).isFalse();
        }
    }

    /** Checks the engine's own grant to candidate groups, which the seeder relies on instead of TASK READ for all. */
    @Test
    void candidateGroupMemberSeesClaimsAndCompletesTheTask() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("seeder-probe")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("work").camundaCandidateGroups(StaffGroups.SUPPORT_L1)
                .endEvent()
                .done();
        String deploymentId = repositoryService.createDeployment().addModelInstance("seeder-probe.bpmn", model)
                .deploy().getId();
        try {
            String instanceId = runtimeService.startProcessInstanceByKey("seeder-probe").getId();
            String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();

            Authorization granted = authorizationService.createAuthorizationQuery()
                    .groupIdIn(StaffGroups.SUPPORT_L1).resourceType(Resources.TASK).resourceId(taskId)
                    .singleResult();
            assertThat(granted.isPermissionGranted(TaskPermissions.READ)).isTrue();
            assertThat(granted.isPermissionGranted(TaskPermissions.UPDATE)).isTrue();

            assertThat(visibleTasks("engineer", instanceId)).isZero();
            identityService.setAuthentication("agent", groupsOf("agent"));
            try {
                assertThat(taskService.createTaskQuery().processInstanceId(instanceId).count()).isEqualTo(1);
                taskService.claim(taskId, "agent");
                taskService.complete(taskId);
            }
            finally {
                identityService.clearAuthentication();
            }
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
        }
        finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    private long visibleTasks(String userId, String instanceId) {
        identityService.setAuthentication(userId, groupsOf(userId));
        try {
            return taskService.createTaskQuery().processInstanceId(instanceId).count();
        }
        finally {
            identityService.clearAuthentication();
        }
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private List<String> grantSnapshot() {
        return authorizationService.createAuthorizationQuery().list().stream()
                .map(a -> a.getId() + " " + a.getGroupId() + " " + a.getUserId() + " " + a.getResourceType() + " "
                        + a.getResourceId() + " " + List.of(a.getPermissions(Permissions.values())))
                .sorted()
                .toList();
    }
}
