package org.supportdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

class CamundaIdentityAuthenticationProviderTest {

    IdentityService identityService = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    CamundaIdentityAuthenticationProvider provider = new CamundaIdentityAuthenticationProvider(identityService);

    @Test
    void grantsOneAuthorityPerCamundaGroup() {
        Group l1 = mock(Group.class);
        when(l1.getId()).thenReturn("support-l1");
        when(identityService.checkPassword("agent", "secret")).thenReturn(true);
        when(identityService.createGroupQuery().groupMember("agent").list()).thenReturn(List.of(l1));

        Authentication result = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("agent", "secret"));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getName()).isEqualTo("agent");
        assertThat(result.getCredentials()).isNull();
        assertThat(result.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("GROUP_support-l1");
    }

    @Test
    void refusesAWrongPassword() {
        when(identityService.checkPassword("agent", "wrong")).thenReturn(false);

        assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(
                () -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("agent", "wrong")));
    }
}
