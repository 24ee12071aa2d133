package org.supportdesk.security;

import static org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM;

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
 * The user Prometheus scrapes {@code /actuator/prometheus} with, in group {@code monitoring},
 * created only when {@code SCRAPE_USER} and {@code SCRAPE_PASSWORD} are set. The group has no
 * Camunda authorization, so the user can read the metrics and nothing else: no webapp, no task,
 * no API of ours. An existing user keeps its password, like the first administrator.
 */
@Component
class ScrapeUserSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ScrapeUserSeeder.class);

    private final ProcessEngine processEngine;
    private final IdentityService identityService;
    private final String scrapeUser;
    private final String scrapePassword;

    ScrapeUserSeeder(ProcessEngine processEngine,
            @Value("${supportdesk.monitoring.scrape-user:}") String scrapeUser,
            @Value("${supportdesk.monitoring.scrape-password:}") String scrapePassword) {
        this.processEngine = processEngine;
        this.identityService = processEngine.getIdentityService();
        this.scrapeUser = scrapeUser == null ? "" : scrapeUser.trim();
        this.scrapePassword = scrapePassword == null ? "" : scrapePassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!StringUtils.hasText(scrapeUser) && !StringUtils.hasText(scrapePassword)) {
            return;
        }
        if (!StringUtils.hasText(scrapeUser) || !StringUtils.hasText(scrapePassword)) {
            log.warn("Only one of SCRAPE_USER and SCRAPE_PASSWORD is set; both are needed, so no scrape user is made");
            return;
        }
        if (identityService.isReadOnly()) {
            log.info("Identity service is read-only: put the scrape user in group {} there", StaffGroups.MONITORING);
            return;
        }
        try {
            seed();
        }
        catch (ProcessEngineException e) {
            // another node starting at the same moment may have inserted the same rows first
            log.warn("Creating the scrape user failed ({}); trying once more", e.getMessage());
            seed();
        }
    }

    private void seed() {
        if (identityService.createGroupQuery().groupId(StaffGroups.MONITORING).count() == 0) {
            Group group = identityService.newGroup(StaffGroups.MONITORING);
            group.setName("Monitoring (metrics scrape)");
            group.setType(GROUP_TYPE_SYSTEM);
            identityService.saveGroup(group);
        }
        if (identityService.createUserQuery().userId(scrapeUser).count() == 0) {
            User user = identityService.newUser(scrapeUser);
            user.setFirstName(scrapeUser);
            user.setLastName("Metrics scrape");
            checkPassword(user);
            user.setPassword(scrapePassword);
            identityService.saveUser(user);
            log.info("Created scrape user {} from SCRAPE_USER", scrapeUser);
        }
        if (identityService.createUserQuery().userId(scrapeUser).memberOfGroup(StaffGroups.MONITORING).count() == 0) {
            identityService.createMembership(scrapeUser, StaffGroups.MONITORING);
        }
    }

    private void checkPassword(User user) {
        if (!processEngine.getProcessEngineConfiguration().isEnablePasswordPolicy()) {
            return;
        }
        PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(scrapePassword, user);
        if (!result.isValid()) {
            String violated = result.getViolatedRules().stream()
                    .map(rule -> rule.getParameters() == null || rule.getParameters().isEmpty()
                            ? rule.getPlaceholder() : rule.getPlaceholder() + " " + rule.getParameters())
                    .collect(Collectors.joining(", "));
            throw new IllegalStateException("SCRAPE_PASSWORD does not meet the password policy: " + violated);
        }
    }
}
