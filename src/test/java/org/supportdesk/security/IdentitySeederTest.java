package org.supportdesk.security;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdentitySeederTest {

    ProcessEngine engine = mock(ProcessEngine.class);
    ProcessEngineConfiguration configuration = mock(ProcessEngineConfiguration.class);
    IdentityService identityService = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    AuthorizationService authorizationService = mock(AuthorizationService.class, RETURNS_DEEP_STUBS);

    @BeforeEach
    void emptyIdentityStore() {
        when(engine.getProcessEngineConfiguration()).thenReturn(configuration);
        when(engine.getIdentityService()).thenReturn(identityService);
        when(engine.getAuthorizationService()).thenReturn(authorizationService);
        when(configuration.isEnablePasswordPolicy()).thenReturn(true);
        // deep stubs answer 0 to every count(): nobody in camunda-admin
    }

    @Test
    void refusesToStartWithoutAnyAdministrator() {
        IdentitySeeder seeder = new IdentitySeeder(engine, false, "", "", "", "");

        assertThatIllegalStateException().isThrownBy(seeder::afterSingletonsInstantiated)
                .withMessageContaining("ADMIN_USER")
                .withMessageContaining("ADMIN_PASSWORD");
        verifyNothingWritten();
    }

    @Test
    void halfAnAdminConfigurationIsNoAdministrator() {
        IdentitySeeder seeder = new IdentitySeeder(engine, false, "root-admin", " ", "", "");

        assertThatIllegalStateException().isThrownBy(seeder::seed).withMessageContaining("ADMIN_USER");
        verifyNothingWritten();
    }

    @Test
    void refusesDemoUsersUnderThePasswordPolicy() {
        IdentitySeeder seeder = new IdentitySeeder(engine, true, "", "", "", "");

        assertThatIllegalStateException().isThrownBy(seeder::seed).withMessageContaining("PASSWORD_POLICY=false");
        verifyNothingWritten();
    }

    private void verifyNothingWritten() {
        verify(identityService, never()).saveGroup(any());
        verify(identityService, never()).saveUser(any());
        verify(identityService, never()).createMembership(anyString(), anyString());
        verify(authorizationService, never()).saveAuthorization(any());
    }
}
