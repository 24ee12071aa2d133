package org.supportdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Runs on the shared, persistent {@code test} database: asserts only what holds after earlier runs too. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test",
        "spring.datasource.username=postgres",
        "spring.datasource.password=",
        "supportdesk.demo-users=false",
        "supportdesk.admin.user=root-admin",
        "supportdesk.admin.password=Adm1n!Passw0rd-2026",
        "camunda.bpm.generic-properties.properties.enable-password-policy=true"})
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresProfileIT {

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    IdentityService identityService;

    @Test
    void createsTheConfiguredAdministratorAndNoDemoUsers() {
        assertThat(processEngine.getProcessEngineConfiguration().isEnablePasswordPolicy()).isTrue();
        assertThat(identityService.createUserQuery().userId("agent").count()).isZero();
        assertThat(identityService.createUserQuery().userId("root-admin").memberOfGroup(StaffGroups.CAMUNDA_ADMIN)
                .count()).isEqualTo(1);
        for (String group : StaffGroups.ALL) {
            assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
        }
    }
}
