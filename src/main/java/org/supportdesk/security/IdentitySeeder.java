package org.supportdesk.security;

import static org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM;
import static org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the contract's groups, the demo users or the first administrator, the authorizations
 * and the shared Tasklist filters. Safe to run on every start: it only adds what is missing.
 * <p>
 * The user Prometheus scrapes {@code /actuator/prometheus} with is made only when {@code SCRAPE_USER}
 * and {@code SCRAPE_PASSWORD} are set, in group {@code monitoring}. That group has no Camunda
 * authorization, so the user can read the metrics and nothing else: no webapp, no task, no API of
 * ours. Like the first administrator, an existing user keeps its password.
 * <p>
 * It runs once all beans exist, before the web server opens its port: otherwise, on an empty
 * database, the first visitor of the admin webapp could create the first administrator.
 * The engine calls run without an authenticated user, so the engine checks no authorizations.
 */
@Component
class IdentitySeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IdentitySeeder.class);

    record SeedGroup(String id, String name, String type) {
    }

    record DemoUser(String id, String firstName, String lastName, String groupId) {
    }

    static final List<SeedGroup> GROUPS = List.of(
            new SeedGroup(StaffGroups.CAMUNDA_ADMIN, "Camunda administrators", GROUP_TYPE_SYSTEM),
            new SeedGroup(StaffGroups.SUPPORT_L1, "Support, first line", GROUP_TYPE_WORKFLOW),
            new SeedGroup(StaffGroups.SUPPORT_L2, "Support, second line", GROUP_TYPE_WORKFLOW),
            new SeedGroup(StaffGroups.SUPPORT_LEADS, "Support shift leads", GROUP_TYPE_WORKFLOW),
            new SeedGroup(StaffGroups.SUPPORT_MANAGEMENT, "Support management", GROUP_TYPE_WORKFLOW),
            new SeedGroup(StaffGroups.SALES, "Sales", GROUP_TYPE_WORKFLOW),
            new SeedGroup(StaffGroups.MANAGED_SERVICES, "Managed Services", GROUP_TYPE_WORKFLOW),
            new SeedGroup(StaffGroups.SALES_LEADS, "Sales leads", GROUP_TYPE_WORKFLOW),
            new SeedGroup(StaffGroups.DUTY_ENGINEERS, "Duty engineers", GROUP_TYPE_WORKFLOW),
            new SeedGroup(StaffGroups.PROCESS_MODELERS, "Process modelers", GROUP_TYPE_WORKFLOW));

    // password = user id, so only where the password policy is off (contract)
    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("admin", "Alex", "Admin", StaffGroups.CAMUNDA_ADMIN),
            new DemoUser("agent", "Anna", "Agent", StaffGroups.SUPPORT_L1),
            new DemoUser("engineer", "Erik", "Engineer", StaffGroups.SUPPORT_L2),
            new DemoUser("lead", "Lena", "Lead", StaffGroups.SUPPORT_LEADS),
            new DemoUser("head", "Hugo", "Head", StaffGroups.SUPPORT_MANAGEMENT),
            new DemoUser("sales", "Sara", "Sales", StaffGroups.SALES),
            new DemoUser("presales", "Paul", "Presales", StaffGroups.MANAGED_SERVICES),
            new DemoUser("saleslead", "Sofia", "Saleslead", StaffGroups.SALES_LEADS),
            new DemoUser("duty", "Dmitri", "Duty", StaffGroups.DUTY_ENGINEERS),
            new DemoUser("modeler", "Mia", "Modeler", StaffGroups.PROCESS_MODELERS));

    static final String DEMO_EMAIL_DOMAIN = "support.local";

    private final ProcessEngine processEngine;
    private final IdentityService identityService;
    private final AuthorizationGrants authorizationGrants;
    private final TaskFilters taskFilters;
    private final RedundantTaskGrants redundantTaskGrants;
    private final boolean demoUsers;
    private final String adminUser;
    private final String adminPassword;
    private final String scrapeUser;
    private final String scrapePassword;

    IdentitySeeder(ProcessEngine processEngine,
            @Value("${supportdesk.demo-users:false}") boolean demoUsers,
            @Value("${supportdesk.admin.user:}") String adminUser,
            @Value("${supportdesk.admin.password:}") String adminPassword,
            @Value("${supportdesk.monitoring.scrape-user:}") String scrapeUser,
            @Value("${supportdesk.monitoring.scrape-password:}") String scrapePassword) {
        this.processEngine = processEngine;
        this.identityService = processEngine.getIdentityService();
        this.authorizationGrants = new AuthorizationGrants(processEngine.getAuthorizationService());
        this.taskFilters = new TaskFilters(processEngine.getFilterService(), processEngine.getTaskService());
        this.redundantTaskGrants = new RedundantTaskGrants(processEngine.getAuthorizationService(),
                processEngine.getTaskService());
        this.demoUsers = demoUsers;
        this.adminUser = adminUser == null ? "" : adminUser.trim();
        this.adminPassword = adminPassword == null ? "" : adminPassword;
        this.scrapeUser = scrapeUser == null ? "" : scrapeUser.trim();
        this.scrapePassword = scrapePassword == null ? "" : scrapePassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            seed();
        }
        catch (ProcessEngineException e) {
            // another node starting at the same moment may have inserted the same rows first;
            // a second pass skips whatever exists now
            log.warn("Seeding identities failed ({}); trying once more", e.getMessage());
            seed();
        }
    }

    void seed() {
        checkConfiguration();
        if (identityService.isReadOnly()) {
            log.info("Identity service is read-only (e.g. LDAP): groups and users are managed there");
        }
        else {
            GROUPS.forEach(this::ensureGroup);
            if (demoUsers) {
                DEMO_USERS.forEach(this::ensureDemoUser);
            }
            if (adminConfigured()) {
                ensureConfiguredUser(adminUser, adminPassword, "ADMIN", "Administrator", StaffGroups.CAMUNDA_ADMIN);
            }
            if (scrapeConfigured()) {
                ensureGroup(new SeedGroup(StaffGroups.MONITORING, "Monitoring (metrics scrape)", GROUP_TYPE_SYSTEM));
                ensureConfiguredUser(scrapeUser, scrapePassword, "SCRAPE", "Metrics scrape", StaffGroups.MONITORING);
            }
        }
        Map<String, String> filterIds = taskFilters.createMissing();
        int retired = authorizationGrants.removeRetired();
        int grants = authorizationGrants.grantMissing(filterIds);
        int perTask = redundantTaskGrants.remove();
        log.info("Identities seeded: {} authorizations added or extended, {} retired, {} per-task grants removed,"
                + " {} Tasklist filters", grants, retired, perTask, filterIds.size());
    }

    /** Fails before writing anything, so a misconfigured start leaves the database as it was. */
    private void checkConfiguration() {
        if (demoUsers && processEngine.getProcessEngineConfiguration().isEnablePasswordPolicy()) {
            throw new IllegalStateException("Demo users are enabled (supportdesk.demo-users / DEMO_USERS=true) while"
                    + " the password policy is on: demo passwords equal the user id and cannot meet it."
                    + " Set PASSWORD_POLICY=false, or DEMO_USERS=false.");
        }
        if (StringUtils.hasText(adminUser) != StringUtils.hasText(adminPassword)) {
            log.warn("Only one of ADMIN_USER and ADMIN_PASSWORD is set; both are needed, so neither is used");
        }
        if (StringUtils.hasText(scrapeUser) != StringUtils.hasText(scrapePassword)) {
            log.warn("Only one of SCRAPE_USER and SCRAPE_PASSWORD is set; both are needed, so no scrape user is made");
        }
        if (identityService.isReadOnly() && scrapeConfigured()) {
            log.info("Identity service is read-only: put the scrape user in group {} there", StaffGroups.MONITORING);
        }
        if (identityService.isReadOnly() || demoUsers || adminConfigured()) {
            return;
        }
        if (identityService.createUserQuery().memberOfGroup(StaffGroups.CAMUNDA_ADMIN).count() == 0) {
            throw new IllegalStateException("No user in group " + StaffGroups.CAMUNDA_ADMIN + " yet: set ADMIN_USER and"
                    + " ADMIN_PASSWORD (supportdesk.admin.user, supportdesk.admin.password) to create the first"
                    + " administrator.");
        }
    }

    private boolean adminConfigured() {
        return StringUtils.hasText(adminUser) && StringUtils.hasText(adminPassword);
    }

    private boolean scrapeConfigured() {
        return StringUtils.hasText(scrapeUser) && StringUtils.hasText(scrapePassword);
    }

    private void ensureGroup(SeedGroup seed) {
        if (identityService.createGroupQuery().groupId(seed.id()).count() > 0) {
            return;
        }
        Group group = identityService.newGroup(seed.id());
        group.setName(seed.name());
        group.setType(seed.type());
        identityService.saveGroup(group);
        log.info("Created group {}", seed.id());
    }

    private void ensureDemoUser(DemoUser demo) {
        if (!userExists(demo.id())) {
            User user = identityService.newUser(demo.id());
            user.setFirstName(demo.firstName());
            user.setLastName(demo.lastName());
            user.setEmail(demo.id() + "@" + DEMO_EMAIL_DOMAIN);
            user.setPassword(demo.id());
            identityService.saveUser(user);
            log.info("Created demo user {}", demo.id());
        }
        ensureMembership(demo.id(), demo.groupId());
    }

    /**
     * The administrator or the scrape user from {@code <setting>_USER} and {@code <setting>_PASSWORD}.
     * An existing user keeps the password it has now: the setting only sets the first one.
     */
    private void ensureConfiguredUser(String userId, String password, String setting, String lastName,
                                      String groupId) {
        if (!userExists(userId)) {
            User user = identityService.newUser(userId);
            user.setFirstName(userId);
            user.setLastName(lastName);
            checkPassword(user, password, setting + "_PASSWORD");
            user.setPassword(password);
            identityService.saveUser(user);
            log.info("Created user {} ({}) from {}_USER", userId, lastName, setting);
        }
        ensureMembership(userId, groupId);
    }

    private void checkPassword(User user, String password, String passwordSetting) {
        if (!processEngine.getProcessEngineConfiguration().isEnablePasswordPolicy()) {
            return;
        }
        PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(password, user);
        if (!result.isValid()) {
            String violated = result.getViolatedRules().stream()
                    .map(rule -> rule.getParameters() == null || rule.getParameters().isEmpty()
                            ? rule.getPlaceholder() : rule.getPlaceholder() + " " + rule.getParameters())
                    .collect(Collectors.joining(", "));
            throw new IllegalStateException(passwordSetting + " does not meet the password policy: " + violated);
        }
    }

    private boolean userExists(String userId) {
        return identityService.createUserQuery().userId(userId).count() > 0;
    }

    private void ensureMembership(String userId, String groupId) {
        if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(userId, groupId);
        }
    }
}
